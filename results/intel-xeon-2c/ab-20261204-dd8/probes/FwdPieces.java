package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** ns per call of forwardZ and output1 alone at a GEMM-form shape with one vector of units (the tail panel). */
public final class FwdPieces {
    static double sink;
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        ModelSpec spec = ModelSpec.of(d, k);
        SplittableRandom rng = new SplittableRandom(2024);
        float[] params = Init.he().create(spec, 2024).params();
        float[] x = new float[rows * d], y = new float[rows], grad = new float[spec.paramCount()];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) rng.nextGaussian();
        VectorKernel vk = new VectorKernel(512);
        VectorWorkspace w = (VectorWorkspace) vk.newWorkspace(spec, rows);
        VectorBody body = new VectorBody512();
        double ls = Loss.HALF_MSE.scale(rows);
        for (int i = 0; i < 20000; i++) sink += vk.sgdStep(spec, params, x, y, null, 0, rows, ls, 1e-9f, grad, false, w);
        float[] out = new float[rows];
        for (int round = 0; round < 3; round++) {
            int n = 1_000_000;
            long best = Long.MAX_VALUE, best2 = Long.MAX_VALUE, best3 = Long.MAX_VALUE;
            for (int rep = 0; rep < 5; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++)
                    body.forwardZ(x, 0, w.xp, VectorWorkspace.ALIGN, rows, 0, rows, 0, w.kp, d, w.kp, w.wt, VectorWorkspace.ALIGN, w.bp, w.z);
                best = Math.min(best, System.nanoTime() - t0);
                t0 = System.nanoTime();
                for (int i = 0; i < n; i++)
                    body.output1(w.z, rows, 4 * w.lanes, 0, rows, w.kp, k, w.ap, 0.1f, 0f, out, w.laneSum);
                best2 = Math.min(best2, System.nanoTime() - t0);
                t0 = System.nanoTime();
                for (int i = 0; i < n; i++) sink += vk.sgdStep(spec, params, x, y, null, 0, rows, ls, 1e-9f, grad, false, w);
                best3 = Math.min(best3, System.nanoTime() - t0);
            }
            System.out.printf("d=%d k=%d B=%d forwardZ %.1f ns, output1 %.1f ns, step %.1f ns%n", d, k, rows, best / (double) n, best2 / (double) n, best3 / (double) n);
        }
        sink += out[0];
    }
}
