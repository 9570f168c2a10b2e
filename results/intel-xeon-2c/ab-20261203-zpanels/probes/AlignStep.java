package dev.twolayer.kernel;
import java.util.*;
import java.lang.reflect.Field;
import dev.twolayer.model.*;
/** One-thread sgdStep time and where the workspace's arrays start mod 64 bytes (run with -XX:-UseCompressedOops). */
public final class AlignStep {
    public static void main(String[] a) throws Exception {
        Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe"); f.setAccessible(true); Align.U = (sun.misc.Unsafe) f.get(null);
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]), reps = Integer.parseInt(a[3]);
        ModelSpec spec = ModelSpec.of(d, k);
        SplittableRandom rng = new SplittableRandom(2024);
        float[] params = Init.he().create(spec, 2024).params();
        float[] x = new float[rows * d], y = new float[rows], grad = new float[spec.paramCount()];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) rng.nextGaussian();
        VectorKernel vk = new VectorKernel(512);
        VectorWorkspace ws = (VectorWorkspace) vk.newWorkspace(spec, rows);
        double ls = Loss.HALF_MSE.scale(rows);
        for (int w = 0; w < reps; w++) vk.sgdStep(spec, params, x, y, null, 0, rows, ls, 1e-6f, grad, false, ws);
        double[] t = new double[reps];
        for (int r = 0; r < reps; r++) { long t0 = System.nanoTime(); vk.sgdStep(spec, params, x, y, null, 0, rows, ls, 1e-6f, grad, false, ws); t[r] = System.nanoTime() - t0; }
        Arrays.sort(t);
        double us = t[reps / 2] / 1e3;
        System.out.printf("d=%d k=%d B=%d: %.0f us (%.1f GFLOP/s) | wt %d xp %d z %d gp %d grad %d params %d%n", d, k, rows, us, 4.0 * rows * d * k / us / 1e3, Align.mis(ws.wt), Align.mis(ws.xp), Align.mis(ws.z), Align.mis(ws.gp), Align.mis(grad), Align.mis(params));
    }
}
