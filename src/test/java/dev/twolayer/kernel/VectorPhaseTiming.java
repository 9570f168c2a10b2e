package dev.twolayer.kernel;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Not a test: p10 time of each pass of the 512-bit body, for tuning it (e.g. where the dot-product forward beats
 * packing). Run from the test classpath with {@code --add-modules jdk.incubator.vector}; args: d k n. Speed claims
 * come from the JMH suite, not from this.
 */
public final class VectorPhaseTiming {
    interface Phase { void run(); }

    static double time(Phase ph, int reps) {
        double[] t = new double[300];
        for (int r = 0; r < t.length + 100; r++) {
            long t0 = System.nanoTime();
            for (int q = 0; q < reps; q++) ph.run();
            if (r >= 100) t[r - 100] = (System.nanoTime() - t0) / (double) reps;
        }
        Arrays.sort(t);
        return t[t.length / 10];
    }

    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), n = Integer.parseInt(a[2]);
        VectorBody b = new VectorBody512();
        int L = b.lanes(), kp = (k + L - 1) / L * L;
        SplittableRandom rnd = new SplittableRandom(3);
        float[] x = new float[n * d], wt = new float[d * kp], bp = new float[kp], ap = new float[kp], z = new float[n * kp];
        float[] y = new float[n], e = new float[n], dap = new float[kp], dbp = new float[kp], dwt = new float[d * kp];
        float[] gp = new float[n * kp], xp = new float[n * d];
        for (float[] v : new float[][] {x, wt, bp, ap, e}) for (int i = 0; i < v.length; i++) v[i] = (float) rnd.nextGaussian();
        int reps = Math.max(1, (int) (1e6 / ((double) n * d * k)));
        float[] lanes = new float[b.lanes() * b.lanes()];
        b.packX(x, 0, n, d, xp, 0, 0, n);
        double fz = time(() -> b.forwardZ(x, 0, xp, 0, n, 0, n, 0, kp, d, kp, wt, 0, bp, z), reps);
        double hg = time(() -> b.hiddenGrad(z, 4 * L, n, kp, 1, e, ap, 0f, true, dap, dbp, gp, 0, kp, false), reps);
        double wg = time(() -> b.weightGrad(x, 0, n, d, gp, kp, dwt, 0, kp, false), reps);
        dev.twolayer.model.ModelSpec spec = dev.twolayer.model.ModelSpec.of(d, k);
        VectorWorkspace w = new VectorWorkspace(spec, n, L, b);
        float[] params = new float[spec.paramCount()], grad = new float[spec.paramCount()];
        VectorKernel vk = new VectorKernel(512); double pk = time(() -> vk.packWeights(spec, params, w), reps);
        System.out.printf("pack %.2f us%n", pk / 1e3);
        float[] wr = new float[spec.paramCount()];
        for (int i = 0; i < wr.length; i++) wr[i] = (float) rnd.nextGaussian();
        double dot = time(() -> b.forwardZDot(wr, k, x, 0, n, d, kp, spec.offsetB(), false, z, true, spec.offsetA(),
                0f, 0f, y, VectorWorkspace.ALIGN), reps);
        System.out.printf("forwardZDot %.2f us vs pack + forwardZ %.2f us%n", dot / 1e3, (pk + fz) / 1e3);
        double ut = time(() -> b.unpackTransposed(dwt, d, k, kp, grad, 0, 0, kp), reps);
        System.out.printf("unpackTransposed %.2f us%n", ut / 1e3);
        double wd = time(() -> b.weightGradDirect(x, 0, n, d, gp, k, xp, 0, grad, 0, 0, kp, false, null, true, 0f, new float[VectorBody.DW_SCRATCH_FLOATS]), reps);
        System.out.printf("weightGradDirect %.2f us (%.1f GFLOP/s)%n", wd / 1e3, 2.0 * n * d * k / wd);
        float[] yt = new float[n];
        for (int i = 0; i < params.length; i++) params[i] = (float) (0.1 * rnd.nextGaussian());
        Kernel.Workspace kw = vk.newWorkspace(spec, n);
        double fb = time(() -> vk.forwardBackward(spec, params, x, yt, null, 0, n, 1.0 / n, grad, kw), reps);
        double up = time(() -> { for (int i = 0; i < params.length; i++) params[i] -= 1e-9f * grad[i]; }, reps);
        double px = time(() -> b.packX(x, 0, n, d, xp, 0, 0, n), reps);
        double o1 = time(() -> b.output1(z, n, 4 * L, 0, n, kp, k, ap, 0f, 0f, y, lanes), reps);
        System.out.printf("forwardBackward %.2f us (%.1f GFLOP/s for 4ndk), SGD update %.2f us, packX %.2f us, output1 %.2f us%n",
                fb / 1e3, 4.0 * n * d * k / fb, up / 1e3, px / 1e3, o1 / 1e3);
        double gemm = 2.0 * n * d * k;
        System.out.printf("d=%d k=%d n=%d: forwardZ %.2f us (%.1f GFLOP/s), hiddenGrad %.2f us, weightGrad %.2f us (%.1f GFLOP/s)%n",
                d, k, n, fz / 1e3, gemm / fz, hg / 1e3, wg / 1e3, gemm / wg);
    }
}
