package dev.twolayer.bench.impl;

import dev.twolayer.kernel.Kernel;
import dev.twolayer.model.Init;
import dev.twolayer.model.ModelSpec;

import java.util.SplittableRandom;

/**
 * Checks a kernel against the reference before it is timed: the library's ScalarKernel when it is in the build,
 * else {@link ReferenceKernel}. Compares forward outputs, the loss and every gradient entry on fresh random data
 * (inputs, targets and per-sample weights), with a norm-wise relative tolerance suited to float accumulation.
 */
public final class KernelCheck {
    private KernelCheck() {}

    /** Relative max-norm tolerance: float sums over d, k up to a few thousand stay well inside it. */
    public static final double TOLERANCE = 2e-3;

    /** The oracle used: ScalarKernel if resolvable, else the double-precision reference. */
    public static Kernel oracle() {
        try {
            return Impls.create("scalar", 1);
        } catch (Impls.UnavailableImplException e) {
            return new ReferenceKernel();
        }
    }

    /** Throws IllegalStateException naming the first mismatch of {@code kernel} against {@link #oracle()}. */
    public static void verify(Kernel kernel, ModelSpec spec, int rows, long seed) {
        Kernel oracle = oracle();
        try {
            verify(kernel, oracle, spec, rows, seed);
        } finally {
            Impls.closeQuietly(oracle);
        }
    }

    public static void verify(Kernel kernel, Kernel oracle, ModelSpec spec, int rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] params = Init.he().create(spec, seed).params();
        // non-zero biases so bias paths are exercised
        for (int i = spec.offsetB(); i < spec.offsetA(); i++) params[i] = (float) (rng.nextGaussian() * 0.1);
        for (int i = spec.offsetC(); i < spec.paramCount(); i++) params[i] = (float) (rng.nextGaussian() * 0.1);
        int row0 = 1; // a non-zero block start catches offset bugs
        int total = row0 + rows;
        float[] x = random(rng, total * spec.d());
        float[] y = random(rng, total * spec.m());
        float[] w = new float[total];
        for (int i = 0; i < total; i++) w[i] = (float) (0.5 + rng.nextDouble());

        String what = kernel.name() + " vs " + oracle.name() + " on " + spec + ", rows=" + rows;
        Kernel.Workspace wsK = kernel.newWorkspace(spec, rows), wsO = oracle.newWorkspace(spec, rows);
        float[] outK = new float[rows * spec.m()], outO = new float[rows * spec.m()];
        kernel.forward(spec, params, x, row0, rows, outK, wsK);
        oracle.forward(spec, params, x, row0, rows, outO, wsO);
        compare("forward output", outK, outO, what);

        for (float[] weights : new float[][]{null, w}) {
            double scale = 0.5 / rows;
            float[] gK = filled(spec.paramCount(), Float.NaN), gO = new float[spec.paramCount()];
            double lossK = kernel.forwardBackward(spec, params, x, y, weights, row0, rows, scale, gK, wsK);
            double lossO = oracle.forwardBackward(spec, params, x, y, weights, row0, rows, scale, gO, wsO);
            String tag = weights == null ? "" : " (weighted)";
            if (!(Math.abs(lossK - lossO) <= TOLERANCE * Math.max(Math.abs(lossO), 1e-12)))
                throw new IllegalStateException("loss mismatch" + tag + ": " + what + ": " + lossK + " vs " + lossO);
            compare("gradient" + tag, gK, gO, what);
        }
    }

    private static void compare(String label, float[] got, float[] want, String what) {
        double norm = 0;
        for (float v : want) norm = Math.max(norm, Math.abs(v));
        double tol = TOLERANCE * Math.max(norm, 1e-6);
        for (int i = 0; i < want.length; i++) {
            if (!(Math.abs(got[i] - want[i]) <= tol))
                throw new IllegalStateException(label + " mismatch at index " + i + ": " + what + ": got " + got[i]
                        + ", want " + want[i] + " (tolerance " + tol + ")");
        }
    }

    private static float[] random(SplittableRandom rng, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = (float) rng.nextGaussian();
        return a;
    }

    private static float[] filled(int n, float v) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
