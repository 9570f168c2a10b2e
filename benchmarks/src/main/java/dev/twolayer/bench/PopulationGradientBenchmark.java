package dev.twolayer.bench;

import dev.twolayer.theory.GaussianPopulationLoss;
import dev.twolayer.theory.StraightforwardPopulationLoss;
import org.openjdk.jmh.annotations.*;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Question: how many population GD steps per second (closed-form Gaussian loss and gradient of section 0, the inner
 * loop of the spurious-minima experiment) does each implementation manage? One op = one evaluation and the step
 * (loss and gradient for GaussianPopulationLoss, the gradient alone for the straightforward baseline).
 * {@code vector}: GaussianPopulationLoss with Vector API arithmetic; {@code scalar}: the same class without it;
 * {@code straightforward}: the direct pair-by-pair transcription of the formulas (the baseline).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector"})
public class PopulationGradientBenchmark {
    /** Teacher size k = d (identity teacher, as in section 1). */
    @Param({"6", "10", "20"}) public int k;
    /** Student rows n = k + extra. */
    @Param({"0", "2"}) public int extra;
    @Param({"vector", "scalar", "straightforward"}) public String impl;

    private static final double STEP = 0.1;
    private double[] w, grad;
    private GaussianPopulationLoss fast;
    private GaussianPopulationLoss.Workspace ws;
    private StraightforwardPopulationLoss reference;

    @Setup(Level.Trial)
    public void setup() {
        int n = k + extra;
        double[] teacher = GaussianPopulationLoss.identity(k);
        SplittableRandom rnd = new SplittableRandom(1);
        w = new double[n * k];
        for (int i = 0; i < w.length; i++) w[i] = rnd.nextGaussian() / Math.sqrt(k);
        grad = new double[n * k];
        switch (impl) {
            case "vector", "scalar" -> {
                fast = new GaussianPopulationLoss(n, k, teacher, null, 0, false, impl.equals("vector"));
                ws = fast.newWorkspace();
            }
            case "straightforward" -> reference = new StraightforwardPopulationLoss(n, k, teacher, null, 0, false);
            default -> throw new IllegalArgumentException("unknown impl " + impl);
        }
        // the implementations must agree before one of them is timed
        double[] g = gradientOf(new GaussianPopulationLoss(n, k, teacher, null, 0, false, false));
        double[] mine = fast != null ? gradientOf(fast) : reference.gradient(w, null);
        for (int i = 0; i < g.length; i++)
            if (Math.abs(mine[i] - g[i]) > 1e-9 * (1 + Math.abs(g[i])))
                throw new IllegalStateException(impl + " gradient differs at " + i + ": " + mine[i] + " vs " + g[i]);
    }

    private double[] gradientOf(GaussianPopulationLoss loss) {
        double[] g = new double[w.length];
        loss.lossAndGradient(w, null, g, loss.newWorkspace());
        return g;
    }

    @Benchmark
    public double step() {
        double f;
        double[] g;
        if (fast != null) {
            f = fast.lossAndGradient(w, null, grad, ws);
            g = grad;
        } else { // its GD loop evaluates the gradient only (fresh arrays each step, as written)
            g = reference.gradient(w, null);
            f = g[0];
        }
        // a small step keeps the point near where it started, so every op does the same work
        for (int i = 0; i < w.length; i++) w[i] -= 1e-6 * STEP * g[i];
        return f;
    }
}
