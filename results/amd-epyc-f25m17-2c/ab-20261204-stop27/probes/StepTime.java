package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** ns per sgdStep (keepGradient false) for each d x k x batch argument, one JVM. */
public final class StepTime {
    static final float LR = Float.parseFloat(System.getProperty("lr", "1e-9"));
    static double sink;
    public static void main(String[] a) {
        for (String shape : a) {
            String[] f = shape.split("x");
            int d = Integer.parseInt(f[0]), k = Integer.parseInt(f[1]), rows = Integer.parseInt(f[2]);
            ModelSpec spec = ModelSpec.of(d, k);
            SplittableRandom rng = new SplittableRandom(2024);
            float[] params = Init.he().create(spec, 2024).params();
            float[] x = new float[rows * d], y = new float[rows], grad = new float[spec.paramCount()];
            for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
            for (int i = 0; i < y.length; i++) y[i] = (float) rng.nextGaussian();
            Kernel vk = Kernels.byName("vector");
            Kernel.Workspace w = vk.newWorkspace(spec, rows);
            double ls = Loss.HALF_MSE.scale(rows);
            int n = (int) Math.max(2000, 40_000_000L / Math.max(1, (long) rows * Math.max(d, 4) * k));
            for (int i = 0; i < 5 * n; i++) sink += vk.sgdStep(spec, params, x, y, null, 0, rows, ls, LR, grad, false, w);
            long best = Long.MAX_VALUE;
            for (int rep = 0; rep < Integer.getInteger("reps", 7); rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) sink += vk.sgdStep(spec, params, x, y, null, 0, rows, ls, LR, grad, false, w);
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("d=%d k=%d batch %d: %.1f ns%n", d, k, rows, best / (double) n);
        }
    }
}
