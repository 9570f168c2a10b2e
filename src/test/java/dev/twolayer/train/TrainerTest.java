package dev.twolayer.train;

import dev.twolayer.data.Dataset;
import dev.twolayer.kernel.Kernel;
import dev.twolayer.kernel.Kernels;
import dev.twolayer.kernel.Loss;
import dev.twolayer.model.Init;
import dev.twolayer.model.ModelSpec;
import dev.twolayer.model.TwoLayerNet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TrainerTest {
    static final ModelSpec SPEC = ModelSpec.of(5, 7);

    static TrainConfig.Builder base() {
        return TrainConfig.builder().kernel(Fixtures.scalar()).checkInterval(50);
    }

    @Test void teacherStudentLossDropsTenfold() {
        Dataset data = Fixtures.teacherData(SPEC, 203, 1, null);
        for (TrainConfig cfg : List.of(
                base().optimizer(Optimizer.sgd()).stepSize(0.05).maxSteps(1500).build(),
                base().optimizer(Optimizer.momentum(0.9)).stepSize(0.01).batchSize(32).maxSteps(1500).build(),
                base().optimizer(Optimizer.adam()).stepSize(0.01).batchSize(16)
                        .sampling(Sampling.WITH_REPLACEMENT_FROM_WEIGHTS).maxSteps(1500).build())) {
            TwoLayerNet net = Init.he().create(SPEC, 2);
            TrainResult r = Trainer.train(net, data, cfg);
            double[] h = r.lossHistory();
            assertEquals(0, r.checkSteps()[0]);
            assertEquals(1500, r.steps());
            assertTrue(h[0] > 10 * r.finalLoss(), cfg.optimizer() + ": loss " + h[0] + " -> " + r.finalLoss());
            assertEquals(h[h.length - 1], r.finalLoss());
            // the reported final loss is the loss of the net as returned
            assertEquals(Fixtures.lossAndGrad(SPEC, net.params(), data, new float[SPEC.paramCount()]), r.finalLoss(), 1e-6 * r.finalLoss());
        }
    }

    @Test void weightedDataFullBatchUsesWeightedLoss() {
        float[] w = Fixtures.randomWeights(40, 3);
        Dataset data = Fixtures.teacherData(SPEC, 40, 4, w);
        TwoLayerNet net = Init.he().create(SPEC, 5);
        double expected = Fixtures.lossAndGrad(SPEC, net.params(), data, new float[SPEC.paramCount()]);
        TrainResult r = Trainer.train(net, data, base().stepSize(0.01).maxSteps(0).build());
        assertEquals(expected, r.finalLoss(), 1e-12 * expected);
        assertEquals(0, r.steps());
        // MSE is twice HALF_MSE
        TrainResult r2 = Trainer.train(net, data, base().stepSize(0.01).maxSteps(0).loss(Loss.MSE).build());
        assertEquals(2 * expected, r2.finalLoss(), 1e-6 * expected);
    }

    @Test void deterministicAcrossThreadCounts() {
        float[] w = Fixtures.randomWeights(101, 8);
        Dataset data = Fixtures.teacherData(SPEC, 101, 9, w);
        for (TrainConfig.Builder b : List.of(
                base().batchSize(0).optimizer(Optimizer.sgd()),
                base().batchSize(37).sampling(Sampling.SHUFFLED_EPOCHS).optimizer(Optimizer.momentum(0.9)),
                base().batchSize(29).sampling(Sampling.WITH_REPLACEMENT_FROM_WEIGHTS).optimizer(Optimizer.adam()))) {
            float[] reference = null;
            // shards of 16 rows: several shards per block; 256: one shard, so threads 1 runs the plain kernel
            for (int shardRows : new int[]{16, 256}) {
                reference = null;
                double referenceLoss = 0;
                for (int threads = 1; threads <= 3; threads++) {
                    TwoLayerNet net = Init.he().create(SPEC, 10);
                    TrainResult r = Trainer.train(net, data, b.stepSize(0.01).seed(42).threads(threads).shardRows(shardRows)
                            .maxSteps(60).checkInterval(20).build());
                    if (reference == null) { reference = net.params(); referenceLoss = r.finalLoss(); }
                    else {
                        assertArrayEquals(reference, net.params(), "threads " + threads + " differ from threads 1, shard rows " + shardRows);
                        assertEquals(referenceLoss, r.finalLoss());
                    }
                }
            }
            // and a different seed gives a different minibatch path
            if (b.build().batchSize() > 0) {
                TwoLayerNet net = Init.he().create(SPEC, 10);
                Trainer.train(net, data, b.seed(43).threads(1).shardRows(16).build());
                assertFalse(Arrays.equals(reference, net.params()), "seed had no effect");
            }
        }
    }

    @Test void defaultKernelIsBitwiseDeterministicAcrossThreadsAndLearns() {
        Dataset data = Fixtures.teacherData(SPEC, 150, 9, null);
        float[] reference = null;
        TrainResult first = null;
        // threads 1 again at the end: by then the kernel is JIT-compiled, and the result must not change with that
        for (int threads : new int[]{1, 2, 3, 1}) {
            TwoLayerNet net = Init.he().create(SPEC, 10);
            TrainResult r = Trainer.train(net, data, TrainConfig.builder().optimizer(Optimizer.adam()).stepSize(0.01)
                    .batchSize(70).seed(3).threads(threads).shardRows(16).maxSteps(300).checkInterval(100).build());
            if (reference == null) { reference = net.params(); first = r; }
            else assertArrayEquals(reference, net.params(), "threads " + threads + " (kernel " + r.kernelName() + ")");
        }
        assertTrue(first.lossHistory()[0] > 3 * first.finalLoss(), first.toString());
        if (dev.twolayer.kernel.Kernels.vectorAvailable())
            assertTrue(first.kernelName().startsWith("vector"), "expected the vector kernel, got " + first.kernelName());
    }

    @Test void shapeMismatchNamesBothShapes() {
        Dataset data = Fixtures.teacherData(ModelSpec.of(4, 7), 10, 1, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.train(Init.he().create(SPEC, 1), data, base().stepSize(0.1).build()));
        assertTrue(e.getMessage().contains("d=4") && e.getMessage().contains("d=5"), e.getMessage());

        Dataset twoOutputs = Fixtures.teacherData(ModelSpec.builder(5, 7).outputs(2).build(), 10, 1, null);
        e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.train(Init.he().create(SPEC, 1), twoOutputs, base().stepSize(0.1).build()));
        assertTrue(e.getMessage().contains("m=2") && e.getMessage().contains("m=1"), e.getMessage());

        Dataset ok = Fixtures.teacherData(SPEC, 10, 1, null);
        e = assertThrows(IllegalArgumentException.class, () -> Trainer.train(Init.he().create(SPEC, 1), ok,
                base().stepSize(0.1).validation(data).build()));
        assertTrue(e.getMessage().startsWith("validation data") && e.getMessage().contains("d=4"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> Trainer.train(Init.he().create(SPEC, 1), ok,
                base().stepSize(0.1).validationWeights(new float[9]).build()));
        assertTrue(e.getMessage().contains("9") && e.getMessage().contains("n = 10"), e.getMessage());
    }

    @Test void badDataIsRejectedByDataset() {
        float[] x = {1, 2, Float.NaN, 4, 5, 1, 2, 3, 4, 5};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(2, 5, 1, x, new float[]{1, 2}, null));
        assertTrue(e.getMessage().contains("row 0") && e.getMessage().contains("column 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(2, 5, 1, new float[10], new float[]{1, Float.POSITIVE_INFINITY}, null));
        assertTrue(e.getMessage().contains("y"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Dataset(0, 5, 1, new float[0], new float[0], null));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test void badConfigValues() {
        for (double h : new double[]{0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainConfig.builder().stepSize(h));
            assertTrue(e.getMessage().contains("step size") && e.getMessage().contains(String.valueOf(h)), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainConfig.builder().batchSize(-3));
        assertTrue(e.getMessage().contains("batch size") && e.getMessage().contains("-3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrainConfig.builder().threads(0));
        assertThrows(IllegalArgumentException.class, () -> TrainConfig.builder().maxSteps(-1));
        assertThrows(IllegalArgumentException.class, () -> TrainConfig.builder().checkInterval(0));
        assertThrows(IllegalArgumentException.class, () -> TrainConfig.builder().shardRows(0));
        assertThrows(IllegalArgumentException.class, () -> TrainConfig.builder().maxShards(0));
        assertThrows(IllegalArgumentException.class, () -> TrainConfig.builder().earlyStopping(0, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> TrainConfig.builder().earlyStopping(3, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> TrainConfig.builder().stopWhenGradientNormBelow(-1));
        assertThrows(IllegalArgumentException.class, () -> StepSchedule.stepDecay(0.1, 0.5, 0));
        e = assertThrows(IllegalArgumentException.class, () -> TrainConfig.builder().build());
        assertTrue(e.getMessage().contains("step size"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TrainConfig.builder().stepSize(0.1).earlyStopping(3, 0).build());
        assertTrue(e.getMessage().contains("validation"), e.getMessage());
    }

    @Test void scheduleGivingBadStepIsRejectedAtThatStep() {
        Dataset data = Fixtures.teacherData(SPEC, 20, 1, null);
        TwoLayerNet net = Init.he().create(SPEC, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Trainer.train(net, data,
                base().schedule(t -> t < 3 ? 0.01 : -0.01).maxSteps(10).checkInterval(100).build()));
        assertTrue(e.getMessage().contains("step 3") && e.getMessage().contains("-0.01"), e.getMessage());
    }

    @Test void hugeStepDivergesWithStepIndexAndKeepsLastFiniteParams() {
        Dataset data = Fixtures.teacherData(SPEC, 30, 1, null);
        TrainConfig cfg = base().stepSize(1e4).maxSteps(10_000).checkInterval(1000).build();
        TwoLayerNet net = Init.he().create(SPEC, 1);
        DivergenceException e = assertThrows(DivergenceException.class, () -> Trainer.train(net, data, cfg));
        assertTrue(e.step() >= 1 && e.step() < 10_000, "step " + e.step());
        assertTrue(e.getMessage().contains("step " + e.step()), e.getMessage());
        assertTrue(Double.isFinite(e.lastFiniteLoss()));
        assertTrue(net.isFinite(), "parameters were left non-finite");
        // the same run stopped one step earlier ends at exactly the parameters the failed run left
        TwoLayerNet again = Init.he().create(SPEC, 1);
        TrainResult r = Trainer.train(again, data, cfg.toBuilder().maxSteps(e.step() - 1).build());
        assertArrayEquals(again.params(), net.params());
        assertTrue(Double.isFinite(r.finalLoss()));
    }

    /**
     * Optimizer.sgd() trains through Kernel#sgdStep (fused into the vector kernel's backward pass for one input and
     * few rows); the same Sgd hidden behind another Optimizer takes forwardBackward and then its step. Bitwise equal.
     */
    @Test void plainSgdTakesTheKernelsStepBitwise() {
        Optimizer.Factory wrapped = new Optimizer.Factory("sgd behind a wrapper", n -> {
            Sgd sgd = new Sgd(n);
            return new Optimizer() {
                @Override public void step(float[] params, float[] grad, double lr) { sgd.step(params, grad, lr); }
                @Override public void reset() {}
                @Override public int size() { return n; }
            };
        });
        List<Kernel> kernels = new ArrayList<>(List.of(Fixtures.scalar()));
        if (Kernels.vectorAvailable()) kernels.add(Kernels.byName("vector"));
        for (Kernel kernel : kernels)
            for (ModelSpec spec : new ModelSpec[] {ModelSpec.of(1, 40), SPEC})
                for (int batch : new int[] {0, 1, 7}) {
                    Dataset data = Fixtures.teacherData(spec, 60, 3, null);
                    TrainConfig.Builder cfg = TrainConfig.builder().kernel(kernel).checkInterval(7).stepSize(0.05)
                            .batchSize(batch).maxSteps(60).seed(5);
                    TwoLayerNet fused = Init.he().create(spec, 2), plain = Init.he().create(spec, 2);
                    TrainResult a = Trainer.train(fused, data, cfg.optimizer(Optimizer.sgd()).build());
                    TrainResult b = Trainer.train(plain, data, cfg.optimizer(wrapped).build());
                    String where = kernel.name() + " " + spec + " batch " + batch;
                    assertArrayEquals(plain.params(), fused.params(), where);
                    assertEquals(b.finalLoss(), a.finalLoss(), where);
                    assertFalse(Arrays.equals(plain.params(), Init.he().create(spec, 2).params()), "no step: " + where);
                }
    }

    /**
     * The fused SGD step need not leave the gradient, so the trainer checks the new parameters: an update that
     * overflows to infinity (targets of 1e4, step 3e38) stops the run at that step, with the parameters it started
     * from. Batch 1 at d = 1 and d = 16 takes the vector kernel's units and dot forms, which skip the gradient stores.
     */
    @Test void fusedStepThatOverflowsStopsAtItsStepAndLosesNothing() {
        List<Kernel> kernels = new ArrayList<>(List.of(Fixtures.scalar()));
        if (Kernels.vectorAvailable()) kernels.add(Kernels.byName("vector"));
        java.util.SplittableRandom rng = new java.util.SplittableRandom(9);
        for (Kernel kernel : kernels)
            for (ModelSpec spec : new ModelSpec[] {ModelSpec.of(1, 40), ModelSpec.of(16, 40)}) {
                int n = 20;
                float[] x = new float[n * spec.d()], y = new float[n];
                for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
                Arrays.fill(y, 1e4f);
                Dataset data = Dataset.of(spec.d(), 1, x, y);
                TwoLayerNet net = Init.he().create(spec, 3);
                float[] start = net.params().clone();
                TrainConfig cfg = TrainConfig.builder().kernel(kernel).optimizer(Optimizer.sgd()).stepSize(3e38)
                        .batchSize(1).maxSteps(10).checkInterval(100).seed(4).build();
                String where = kernel.name() + " " + spec;
                DivergenceException e = assertThrows(DivergenceException.class, () -> Trainer.train(net, data, cfg),
                        where);
                assertEquals(0, e.step(), where + ": " + e.getMessage());
                assertTrue(e.getMessage().contains("a parameter is not finite after the step"), e.getMessage());
                assertTrue(Double.isFinite(e.lastFiniteLoss()), where);
                assertArrayEquals(start, net.params(), where + ": parameters changed by the failed step");
            }
    }

    @Test void minibatchDivergenceToo() {
        Dataset data = Fixtures.teacherData(SPEC, 30, 1, null);
        TwoLayerNet net = Init.he().create(SPEC, 1);
        DivergenceException e = assertThrows(DivergenceException.class, () -> Trainer.train(net, data,
                base().stepSize(1e5).batchSize(7).optimizer(Optimizer.momentum(0.9)).maxSteps(10_000).build()));
        assertTrue(e.step() >= 1, "step " + e.step());
        assertTrue(net.isFinite());
    }

    @Test void earlyStoppingTriggers() {
        Dataset data = Fixtures.teacherData(SPEC, 50, 1, null);
        // validation labels from another teacher: once the student fits the training teacher, validation stalls
        Dataset validation = Fixtures.teacherData(SPEC, 50, 77, null);
        TwoLayerNet net = Init.he().create(SPEC, 2);
        TrainResult r = Trainer.train(net, data, base().optimizer(Optimizer.adam()).stepSize(0.02).maxSteps(20_000)
                .checkInterval(25).validation(validation).earlyStopping(5, 1e-4).build());
        assertEquals(StopReason.EARLY_STOPPED, r.stopReason());
        assertTrue(r.steps() < 20_000);
        double[] val = r.validationHistory();
        double best = r.bestValidationLoss();
        // the last 5 checks did not beat the reference best by more than 1e-4
        for (int i = val.length - 5; i < val.length; i++) assertTrue(val[i] >= best - 1e-4);
        assertEquals(val[val.length - 1], r.finalValidationLoss());

        // with an impossible improvement requirement it stops after exactly `patience` checks past the first
        TrainResult never = Trainer.train(Init.he().create(SPEC, 2), data, base().stepSize(0.01).maxSteps(1000)
                .checkInterval(10).validationWeights(Fixtures.randomWeights(50, 1)).earlyStopping(3, 1e9).build());
        assertEquals(StopReason.EARLY_STOPPED, never.stopReason());
        assertEquals(30, never.steps());
    }

    @Test void gradientNormStopTriggers() {
        Dataset data = Fixtures.teacherData(SPEC, 64, 1, null);
        TwoLayerNet probe = Init.he().create(SPEC, 3);
        float[] g = new float[SPEC.paramCount()];
        Fixtures.lossAndGrad(SPEC, probe.params(), data, g);
        double g0 = 0;
        for (float v : g) g0 += (double) v * v;
        double tol = 0.2 * Math.sqrt(g0);
        TrainResult r = Trainer.train(probe, data, base().stepSize(0.05).maxSteps(50_000).checkInterval(10)
                .stopWhenGradientNormBelow(tol).build());
        assertEquals(StopReason.GRADIENT_NORM, r.stopReason());
        assertTrue(r.steps() > 0 && r.steps() < 50_000);
        assertTrue(r.finalGradientNorm() <= tol);
        Fixtures.lossAndGrad(SPEC, probe.params(), data, g);
        double gn = 0;
        for (float v : g) gn += (double) v * v;
        assertEquals(Math.sqrt(gn), r.finalGradientNorm(), 1e-9 * tol);
    }

    @Test void lossThresholdStopTriggers() {
        Dataset data = Fixtures.teacherData(SPEC, 64, 1, null);
        TwoLayerNet net = Init.he().create(SPEC, 3);
        double l0 = Fixtures.lossAndGrad(SPEC, net.params(), data, new float[SPEC.paramCount()]);
        TrainResult r = Trainer.train(net, data, base().optimizer(Optimizer.adam()).stepSize(0.01).maxSteps(50_000)
                .checkInterval(10).stopWhenLossBelow(l0 / 4).build());
        assertEquals(StopReason.LOSS_THRESHOLD, r.stopReason());
        assertTrue(r.finalLoss() <= l0 / 4 && r.steps() > 0);
    }

    @Test void customCallbackStopsWithLabelAndSeesState() {
        Dataset data = Fixtures.teacherData(SPEC, 33, 1, null);
        List<Long> seen = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        TrainResult r = Trainer.train(Init.he().create(SPEC, 3), data, base().stepSize(0.01).maxSteps(1000).checkInterval(7)
                .listener(ctx -> losses.add(ctx.trainLoss()))
                .stopRule(ctx -> {
                    seen.add(ctx.step());
                    assertEquals(SPEC.paramCount(), ctx.gradient().length);
                    assertEquals(0.01, ctx.stepSize());
                    return ctx.step() >= 30 ? "kink crossed" : null;
                }).build());
        assertEquals(StopReason.CALLBACK, r.stopReason());
        assertEquals("kink crossed", r.stopLabel().orElseThrow());
        assertEquals(35, r.steps());
        assertEquals(List.of(0L, 7L, 14L, 21L, 28L, 35L), seen);
        assertArrayEquals(losses.stream().mapToDouble(Double::doubleValue).toArray(), r.lossHistory());
        assertArrayEquals(new long[]{0, 7, 14, 21, 28, 35}, r.checkSteps());
    }

    @Test void finalCheckAtBudgetEvenOffInterval() {
        Dataset data = Fixtures.teacherData(SPEC, 12, 1, null);
        List<String> events = new ArrayList<>();
        TrainResult r = Trainer.train(Init.he().create(SPEC, 3), data, base().stepSize(0.01).maxSteps(23).checkInterval(10)
                .listener(new TrainListener() {
                    @Override public void onStart(TwoLayerNet net, Dataset d, TrainConfig c) { events.add("start"); }
                    @Override public void onCheck(CheckContext ctx) { events.add("check " + ctx.step()); }
                    @Override public void onFinish(TrainResult res) { events.add("finish " + res.steps()); }
                }).build());
        assertEquals(List.of("start", "check 0", "check 10", "check 20", "check 23", "finish 23"), events);
        assertEquals(StopReason.MAX_STEPS, r.stopReason());
        assertTrue(r.stopLabel().isEmpty());
    }

    @Test void scheduleVariants() {
        StepSchedule decay = StepSchedule.stepDecay(0.1, 0.5, 10);
        assertEquals(0.1, decay.at(9));
        assertEquals(0.05, decay.at(10));
        assertEquals(0.025, decay.at(25), 1e-15);
        Dataset data = Fixtures.teacherData(SPEC, 12, 1, null);
        int[] calls = {0};
        List<Double> steps = new ArrayList<>();
        Trainer.train(Init.he().create(SPEC, 3), data, base().checkInterval(1).maxSteps(3)
                .schedule((net, d) -> { calls[0]++; assertSame(data, d); return t -> 0.01 * (t + 1); })
                .listener(ctx -> steps.add(ctx.stepSize())).build());
        assertEquals(1, calls[0]);
        assertEquals(List.of(0.01, 0.02, 0.03), steps.subList(0, 3));
    }

    @Test void latencyRecorded() {
        Dataset data = Fixtures.teacherData(SPEC, 12, 1, null);
        TrainResult r = Trainer.train(Init.he().create(SPEC, 3), data, base().stepSize(0.01).maxSteps(40).build());
        assertEquals(40, r.latency().count());
        assertTrue(r.latency().minNanos() <= r.latency().meanNanos() && r.latency().meanNanos() <= r.latency().maxNanos());
        assertTrue(r.wallNanos() > 0);
        // HdrHistogram is on the test classpath
        assertTrue(r.hasLatencyHistogram());
        assertEquals(40, r.hdrHistogram().orElseThrow().getTotalCount());
        TrainResult off = Trainer.train(Init.he().create(SPEC, 3), data, base().stepSize(0.01).maxSteps(5).recordLatency(false).build());
        assertTrue(off.latencyHistogram().isEmpty());
        assertTrue(off.hdrHistogram().isEmpty());
        assertEquals(5, off.latency().count());
    }

    @Test void noAllocationPerStepAfterWarmUp() {
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        Dataset data = Fixtures.teacherData(SPEC, 40, 1, Fixtures.randomWeights(40, 2));
        for (TrainConfig.Builder b : List.of(base().batchSize(0), base().batchSize(9),
                base().batchSize(9).sampling(Sampling.WITH_REPLACEMENT_FROM_WEIGHTS).optimizer(Optimizer.adam()))) {
            b.stepSize(1e-3).checkInterval(100_000).recordLatency(false);
            Trainer.train(Init.he().create(SPEC, 3), data, b.maxSteps(2000).build());   // warm-up (JIT)
            long a0 = mx.getThreadAllocatedBytes(tid);
            Trainer.train(Init.he().create(SPEC, 3), data, b.maxSteps(10).build());
            long a1 = mx.getThreadAllocatedBytes(tid);
            Trainer.train(Init.he().create(SPEC, 3), data, b.maxSteps(4010).build());
            long a2 = mx.getThreadAllocatedBytes(tid);
            long perRun = a1 - a0, extra = (a2 - a1) - perRun;
            assertTrue(extra < 4000 * 2, "4000 extra steps allocated " + extra + " bytes (run overhead " + perRun + ")");
        }
    }
}
