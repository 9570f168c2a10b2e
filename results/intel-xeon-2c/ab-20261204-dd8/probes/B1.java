package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** ns per batch-1 sgdStep (keepGradient false), rows taken in turn from a block of 64 samples. */
public final class B1 {
    static double sink;
    public static void main(String[] a) {
        for (String shape : a) {
            String[] f = shape.split("x");
            int d = Integer.parseInt(f[0]), k = Integer.parseInt(f[1]);
            ModelSpec spec = ModelSpec.of(d, k);
            SplittableRandom rng = new SplittableRandom(2024);
            float[] params = Init.he().create(spec, 2024).params();
            int nb = 1;
            float[] x = new float[nb * d], y = new float[nb], grad = new float[spec.paramCount()];
            for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
            for (int i = 0; i < y.length; i++) y[i] = (float) rng.nextGaussian();
            Kernel vk = Kernels.byName(System.getProperty("impl", "vector"));
            Kernel.Workspace w = vk.newWorkspace(spec, 1);
            double ls = Loss.HALF_MSE.scale(1);
            for (int i = 0; i < 200000; i++) sink += vk.sgdStep(spec, params, x, y, null, 0, 1, ls, 1e-9f, grad, false, w);
            long best = Long.MAX_VALUE; int n = 2_000_000;
            for (int rep = 0; rep < 7; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) sink += vk.sgdStep(spec, params, x, y, null, 0, 1, ls, 1e-9f, grad, false, w);
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("%s d=%d k=%d batch 1: %.1f ns%n", vk.name(), d, k, best / (double) n);
        }
    }
}
