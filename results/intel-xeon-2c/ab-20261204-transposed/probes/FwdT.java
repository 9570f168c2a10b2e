package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** ns per call: the usual forward (forwardZ + output1) against forwardTransposed, with and without Z's rows. */
public final class FwdT {
    static double sink;
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        int n = Integer.parseInt(a[3]);
        ModelSpec spec = ModelSpec.of(d, k);
        SplittableRandom rng = new SplittableRandom(2024);
        float[] params = Init.he().create(spec, 2024).params();
        float[] x = new float[rows * d], y = new float[rows], grad = new float[spec.paramCount()];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) rng.nextGaussian();
        VectorKernel vk = new VectorKernel(512);
        VectorWorkspace w = vk.newWorkspace(spec, rows, 0, true, false);
        VectorBody body = new VectorBody512();
        double ls = Loss.HALF_MSE.scale(rows);
        for (int i = 0; i < 20000; i++) sink += vk.sgdStep(spec, params, x, y, null, 0, rows, ls, 1e-9f, grad, false, w);
        float[] out = new float[rows], s = new float[VectorBody.transposedScratchFloats(d, k, 16)];
        int offB = spec.offsetB(), offA = spec.offsetA();
        for (int i = 0; i < 20000; i++) {
            body.forwardTransposed(x, 0, 0, rows, d, params, k, offB, offA, 0.1f, 0f, out, w.z, s);
            body.forwardTransposed(x, 0, 0, rows, d, params, k, offB, offA, 0.1f, 0f, out, null, s);
        }
        for (int round = 0; round < 3; round++) {
            long b1 = Long.MAX_VALUE, b2 = Long.MAX_VALUE, b3 = Long.MAX_VALUE;
            for (int rep = 0; rep < 5; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    body.forwardZ(x, 0, w.xp, VectorWorkspace.ALIGN, rows, 0, rows, 0, w.kp, d, w.kp, w.wt, VectorWorkspace.ALIGN, w.bp, w.z);
                    body.output1(w.z, rows, 4 * w.lanes, 0, rows, w.kp, k, w.ap, 0.1f, 0f, out, w.laneSum);
                }
                b1 = Math.min(b1, System.nanoTime() - t0);
                t0 = System.nanoTime();
                for (int i = 0; i < n; i++)
                    body.forwardTransposed(x, 0, 0, rows, d, params, k, offB, offA, 0.1f, 0f, out, w.z, s);
                b2 = Math.min(b2, System.nanoTime() - t0);
                t0 = System.nanoTime();
                for (int i = 0; i < n; i++)
                    body.forwardTransposed(x, 0, 0, rows, d, params, k, offB, offA, 0.1f, 0f, out, null, s);
                b3 = Math.min(b3, System.nanoTime() - t0);
            }
            System.out.printf("d=%d k=%d B=%d usual %.1f ns, transposed %.1f ns, without Z %.1f ns%n", d, k, rows,
                    b1 / (double) n, b2 / (double) n, b3 / (double) n);
        }
        sink += out[0];
    }
}
