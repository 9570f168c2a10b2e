package dev.twolayer.cli;

import dev.twolayer.data.CsvReader;
import dev.twolayer.data.Dataset;
import dev.twolayer.data.Generators;
import dev.twolayer.kernel.Loss;
import dev.twolayer.model.Init;
import dev.twolayer.model.ModelIO;
import dev.twolayer.model.ModelSpec;
import dev.twolayer.model.Seeds;
import dev.twolayer.model.TwoLayerNet;
import dev.twolayer.train.CheckContext;
import dev.twolayer.train.Optimizer;
import dev.twolayer.train.Sampling;
import dev.twolayer.train.TrainConfig;
import dev.twolayer.train.TrainListener;
import dev.twolayer.train.TrainResult;
import dev.twolayer.train.Trainer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code train}: trains a network on a CSV file or a generated data set, prints progress and a summary, and saves the
 * model. Randomness comes from {@code --seed} alone, through separate {@link Seeds} streams for the teacher, the
 * data, the initialisation and the minibatch sampler.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a two-layer ReLU network on a CSV file or generated data and save it.")
public final class TrainCommand extends CliCommand {

    /** Seed streams of --seed (the trainer derives its sampler stream from the config seed itself). */
    static final long TEACHER_STREAM = 10, DATA_STREAM = 11, INIT_STREAM = 12, TRAIN_STREAM = 13;

    enum GeneratorKind { teacher, six_point, star, interval }
    enum TeacherKind { identity, orthonormal, random, small_norm }
    enum InitKind { he, xavier, he1d, he1d_swapped, uniform, gaussian, identity }
    enum OptimizerKind { sgd, momentum, adam }

    // ---- data
    @Option(names = "--csv", paramLabel = "FILE", description = "Training data: numeric CSV (inputs, then targets).")
    Path csv;

    @Mixin CsvOptions csvOptions;

    @Option(names = "--generator", paramLabel = "KIND", converter = EnumNames.Generator.class,
            description = "Generated training data: teacher, six-point, star or interval.")
    GeneratorKind generator;

    @Option(names = "--n", paramLabel = "N", description = "Samples to generate (teacher, interval); default 1000 / 100.")
    Integer n;

    @Option(names = "--d", paramLabel = "D", defaultValue = "10", description = "Input dimension of teacher data; default: ${DEFAULT-VALUE}.")
    int d;

    @Option(names = "--teacher", paramLabel = "KIND", converter = EnumNames.Teacher.class, defaultValue = "orthonormal",
            description = "Teacher of --generator teacher: identity, orthonormal, random, small-norm (identity mapping); default: ${DEFAULT-VALUE}.")
    TeacherKind teacher;

    @Option(names = "--teacher-width", paramLabel = "K", description = "Hidden units of the teacher; default d.")
    Integer teacherWidth;

    @Option(names = "--teacher-norm", paramLabel = "BOUND", defaultValue = "0.25",
            description = "Spectral norm of W* for --teacher small-norm; default: ${DEFAULT-VALUE}.")
    double teacherNorm;

    @Option(names = "--shift", paramLabel = "D", defaultValue = "0", description = "Six-point target shift D; default: ${DEFAULT-VALUE}.")
    double shift;

    @Option(names = "--multinomial", paramLabel = "W",
            description = "Six-point sample weights p = multinomial(W^2 draws)/W^2 (the papers use W = --hidden); default: unweighted.")
    Integer multinomial;

    @Option(names = "--interval", paramLabel = "A,B", split = ",", description = "Interval [A, B]; default -1,1.")
    double[] interval;

    @Option(names = "--affine", paramLabel = "ALPHA,BETA", split = ",", description = "Interval target alpha x + beta; default 1,0.")
    double[] affine;

    @Option(names = "--interval-random", description = "Uniform random points instead of an even grid.")
    boolean intervalRandom;

    // ---- model
    @Option(names = "--hidden", paramLabel = "K", description = "Hidden units; default 16 (d with --identity-mapping).")
    Integer hidden;

    @Option(names = "--outputs", paramLabel = "M", description = "Outputs; must match the data's target count (the default).")
    Integer outputs;

    @Option(names = "--no-hidden-bias", description = "No hidden biases b.")
    boolean noHiddenBias;

    @Option(names = "--no-output-bias", description = "No output bias c.")
    boolean noOutputBias;

    @Option(names = "--fixed-output", description = "Output layer fixed (ones by the initialisation), not trained.")
    boolean fixedOutput;

    @Option(names = "--leaky", paramLabel = "S", defaultValue = "0", description = "Leaky slope s in [0, 1); default: ${DEFAULT-VALUE}.")
    double leaky;

    @Option(names = "--identity-mapping", description = "Pre-activation (I + W) x; needs --hidden = d.")
    boolean identityMapping;

    @Option(names = "--init", paramLabel = "KIND", converter = EnumNames.InitName.class, defaultValue = "he",
            description = "Initialisation: he, xavier, he1d, he1d-swapped, uniform, gaussian, identity; default: ${DEFAULT-VALUE}.")
    InitKind init;

    @Option(names = "--init-scale", paramLabel = "X",
            description = "uniform: half-width (default 1); gaussian: variance of W (default 1/d); identity: W = X I (default 1e-3).")
    Double initScale;

    // ---- optimiser
    @Option(names = "--optimizer", paramLabel = "KIND", converter = EnumNames.OptimizerName.class, defaultValue = "sgd",
            description = "sgd (GD when full batch), momentum or adam; default: ${DEFAULT-VALUE}.")
    OptimizerKind optimizer;

    @Option(names = "--momentum", paramLabel = "MU", defaultValue = "0.9", description = "Momentum coefficient; default: ${DEFAULT-VALUE}.")
    double momentum;

    @Option(names = "--lr", paramLabel = "H", defaultValue = "0.01", description = "Step size; default: ${DEFAULT-VALUE}.")
    double lr;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "0", description = "Minibatch size, 0 = full batch; default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--sampling", paramLabel = "epochs|weighted", defaultValue = "epochs",
            description = "Minibatches: shuffled epochs, or drawn with replacement by sample weight; default: ${DEFAULT-VALUE}.")
    String sampling;

    @Option(names = "--steps", paramLabel = "S", defaultValue = "1000", description = "Step budget; default: ${DEFAULT-VALUE}.")
    long steps;

    @Option(names = "--check-every", paramLabel = "S", description = "Steps between full-data loss checks; default steps/100 (1..1000).")
    Integer checkEvery;

    @Option(names = "--loss-below", paramLabel = "L", description = "Stop once the training loss is at most L.")
    Double lossBelow;

    @Option(names = "--grad-below", paramLabel = "G", description = "Stop once the gradient norm is at most G.")
    Double gradBelow;

    @Option(names = "--loss", paramLabel = "half-mse|mse", defaultValue = "half-mse", description = "Loss; default: ${DEFAULT-VALUE}.")
    String loss;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1", description = "Gradient threads; default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "0", description = "Master seed; default: ${DEFAULT-VALUE}.")
    long seed;

    // ---- output
    @Option(names = "--out", paramLabel = "FILE", description = "Save the trained model here.")
    Path out;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar (default: when stderr is a terminal; else a line every 10%%).")
    Boolean progress;

    @Override public Integer call() {
        Dataset data = loadData();
        TwoLayerNet net = validated(() -> buildNet(data));
        TrainConfig.Builder cb = validated(() -> configBuilder(data));

        Progress prog = new Progress();
        cb.listener(prog);
        TrainConfig cfg = validated(cb::build);

        out().printf(Locale.ROOT, "data: n=%d, d=%d, m=%d%s; model: %s (%d parameters)%n", data.size(), data.inputDim(),
                data.targetDim(), data.weights() != null ? ", weighted" : "", net.spec(), net.spec().paramCount());
        out().flush();
        TrainResult result;
        try {
            result = Trainer.train(net, data, cfg);
        } finally {
            prog.close();
        }
        double seconds = result.wallNanos() / 1e9;
        out().printf(Locale.ROOT, "final loss %.6g after %d steps (%s%s); gradient norm %.3g; %.1f steps/s; kernel %s; optimizer %s%n",
                result.finalLoss(), result.steps(), result.stopReason(), result.stopLabel().map(l -> ": " + l).orElse(""),
                result.finalGradientNorm(), seconds > 0 ? result.steps() / seconds : 0.0, result.kernelName(), result.optimizer());
        if (out != null) {
            ModelIO.save(net, out);
            out().println("saved model to " + out);
        }
        out().flush();
        return 0;
    }

    /** Reads or generates the training data; option misuse is a usage error, file problems a runtime error. */
    Dataset loadData() {
        if ((csv == null) == (generator == null))
            throw usage(csv == null ? "no training data: give --csv FILE or --generator KIND" : "give --csv or --generator, not both");
        var parse = spec.commandLine().getParseResult();
        if (csv != null) {
            for (String o : new String[] {"--n", "--d", "--teacher", "--teacher-width", "--teacher-norm", "--shift", "--multinomial",
                    "--interval", "--affine", "--interval-random"})
                if (parse.hasMatchedOption(o)) throw usage(o + " applies to --generator, not to --csv");
            CsvReader.Options o = validated(csvOptions::toOptions);
            return CsvReader.read(csv, o);
        }
        for (String o : new String[] {"--targets", "--target-columns", "--weight-column", "--delimiter", "--header"})
            if (parse.hasMatchedOption(o)) throw usage(o + " applies to --csv, not to --generator");
        Map<GeneratorKind, java.util.Set<String>> allowed = Map.of(
                GeneratorKind.teacher, java.util.Set.of("--n", "--d", "--teacher", "--teacher-width", "--teacher-norm"),
                GeneratorKind.six_point, java.util.Set.of("--shift", "--multinomial"),
                GeneratorKind.star, java.util.Set.of(),
                GeneratorKind.interval, java.util.Set.of("--n", "--interval", "--affine", "--interval-random"));
        for (String o : new String[] {"--n", "--d", "--teacher", "--teacher-width", "--teacher-norm", "--shift", "--multinomial",
                "--interval", "--affine", "--interval-random"})
            if (parse.hasMatchedOption(o) && !allowed.get(generator).contains(o))
                throw usage(o + " does not apply to --generator " + EnumNames.name(generator));
        return validated(() -> switch (generator) {
            case teacher -> {
                int k = teacherWidth != null ? teacherWidth : d;
                if ((teacher == TeacherKind.identity || teacher == TeacherKind.small_norm) && k != d)
                    throw new IllegalArgumentException("--teacher " + EnumNames.name(teacher) + " needs --teacher-width = --d");
                long ts = Seeds.derive(seed, TEACHER_STREAM);
                TwoLayerNet t = switch (teacher) {
                    case identity -> Generators.identityTeacher(d);
                    case orthonormal -> Generators.orthonormalTeacher(d, k, ts);
                    case random -> Generators.randomTeacher(d, k, ts);
                    case small_norm -> Generators.smallNormIdentityTeacher(d, teacherNorm, ts);
                };
                yield Generators.teacher(t, positive("--n", n == null ? 1000 : n), Seeds.derive(seed, DATA_STREAM));
            }
            case six_point -> multinomial == null ? Generators.sixPoint(shift)
                    : Generators.sixPoint(shift, positive("--multinomial", multinomial), Seeds.derive(seed, DATA_STREAM));
            case star -> Generators.star();
            case interval -> {
                double[] ab = pair("--interval", interval, -1, 1), ls = pair("--affine", affine, 1, 0);
                int count = positive("--n", n == null ? 100 : n);
                yield intervalRandom ? Generators.intervalUniform(ab[0], ab[1], count, ls[0], ls[1], Seeds.derive(seed, DATA_STREAM))
                        : Generators.intervalGrid(ab[0], ab[1], count, ls[0], ls[1]);
            }
        });
    }

    private static int positive(String name, int v) {
        if (v < 1) throw new IllegalArgumentException(name + " must be >= 1, got " + v);
        return v;
    }

    private static double[] pair(String name, double[] v, double first, double second) {
        if (v == null) return new double[] {first, second};
        if (v.length != 2) throw new IllegalArgumentException(name + " needs two comma-separated numbers, got " + v.length);
        return v;
    }

    TwoLayerNet buildNet(Dataset data) {
        int k = hidden != null ? hidden : identityMapping ? data.inputDim() : 16;
        if (outputs != null && outputs != data.targetDim())
            throw new IllegalArgumentException("--outputs " + outputs + " does not match the data's " + data.targetDim() + " target column(s)");
        ModelSpec spec = ModelSpec.builder(data.inputDim(), k).outputs(data.targetDim()).hiddenBias(!noHiddenBias)
                .outputBias(!noOutputBias).outputTrainable(!fixedOutput).leakySlope(leaky).identityMapping(identityMapping).build();
        if (initScale != null && !(init == InitKind.uniform || init == InitKind.gaussian || init == InitKind.identity))
            throw new IllegalArgumentException("--init-scale applies to --init uniform, gaussian or identity, not " + EnumNames.name(init));
        Init scheme = switch (init) {
            case he -> Init.he();
            case xavier -> Init.xavier();
            case he1d -> Init.he1d(false);
            case he1d_swapped -> Init.he1d(true);
            case uniform -> Init.uniform(initScale != null ? initScale : 1.0);
            case gaussian -> Init.gaussianW(initScale != null ? initScale : 1.0 / spec.d());
            case identity -> Init.scaledIdentity(initScale != null ? initScale : 1e-3);
        };
        return scheme.create(spec, Seeds.derive(seed, INIT_STREAM));
    }

    TrainConfig.Builder configBuilder(Dataset data) {
        if (!(lr > 0) || !Double.isFinite(lr)) throw new IllegalArgumentException("--lr must be positive and finite, got " + lr);
        if (steps < 1) throw new IllegalArgumentException("--steps must be >= 1, got " + steps);
        Optimizer.Factory opt = switch (optimizer) {
            case sgd -> Optimizer.sgd();
            case momentum -> Optimizer.momentum(momentum);
            case adam -> Optimizer.adam();
        };
        TrainConfig.Builder b = TrainConfig.builder().optimizer(opt).stepSize(lr).batchSize(batch).maxSteps(steps)
                .threads(threads).seed(Seeds.derive(seed, TRAIN_STREAM))
                .checkInterval(checkEvery != null ? checkEvery : (int) Math.max(1, Math.min(1000, steps / 100)))
                .loss(switch (loss.toLowerCase(Locale.ROOT)) {
                    case "half-mse", "half_mse" -> Loss.HALF_MSE;
                    case "mse" -> Loss.MSE;
                    default -> throw new IllegalArgumentException("--loss must be half-mse or mse, got '" + loss + "'");
                })
                .sampling(switch (sampling.toLowerCase(Locale.ROOT)) {
                    case "epochs", "shuffled" -> Sampling.SHUFFLED_EPOCHS;
                    case "weighted", "replacement" -> Sampling.WITH_REPLACEMENT_FROM_WEIGHTS;
                    default -> throw new IllegalArgumentException("--sampling must be epochs or weighted, got '" + sampling + "'");
                });
        if (lossBelow != null) b.stopWhenLossBelow(lossBelow);
        if (gradBelow != null) b.stopWhenGradientNormBelow(gradBelow);
        return b;
    }

    /** Progress: a terminal progress bar, or (no terminal) a plain line about every 10% of the budget. */
    final class Progress implements TrainListener {
        private ProgressBar bar;
        private long nextLine;

        @Override public void onStart(TwoLayerNet net, Dataset data, TrainConfig config) {
            boolean useBar = progress != null ? progress : System.console() != null;
            if (useBar) {
                bar = new ProgressBarBuilder().setTaskName("train").setInitialMax(steps).setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().setUpdateIntervalMillis(200).build();
            }
            nextLine = progress == null || progress ? steps / 10 : Long.MAX_VALUE;
        }

        @Override public void onCheck(CheckContext ctx) {
            if (bar != null) {
                bar.stepTo(ctx.step());
                bar.setExtraMessage(String.format(Locale.ROOT, " loss %.4g", ctx.trainLoss()));
            } else if (ctx.step() >= nextLine && ctx.step() > 0) {
                err().printf(Locale.ROOT, "step %d/%d: loss %.6g, gradient norm %.3g%n", ctx.step(), steps, ctx.trainLoss(), ctx.gradientNorm());
                err().flush();
                nextLine = ctx.step() + Math.max(1, steps / 10);
            }
        }

        void close() {
            if (bar != null) { bar.close(); bar = null; }
        }
    }
}
