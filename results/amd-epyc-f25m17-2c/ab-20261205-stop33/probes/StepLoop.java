package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** sgdStep in a loop at d x k, batch 1, for a profiler. */
public final class StepLoop {
    public static void main(String[] a) throws Exception {
        String[] f = a[0].split("x");
        int d = Integer.parseInt(f[0]), k = Integer.parseInt(f[1]);
        long seconds = Long.parseLong(a[1]);
        ModelSpec spec = ModelSpec.of(d, k);
        SplittableRandom rng = new SplittableRandom(2024);
        float[] params = Init.he().create(spec, 2024).params();
        float[] x = new float[d], y = {0.5f}, grad = new float[spec.paramCount()];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        Kernel vk = Kernels.byName("vector");
        Kernel.Workspace w = vk.newWorkspace(spec, 1);
        double s = 0; long n = 0, t0 = System.nanoTime(), end = t0 + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100_000; i++) s += vk.sgdStep(spec, params, x, y, null, 0, 1, 1.0, 1e-6f, grad, false, w);
            n += 100_000;
        }
        System.out.printf("%s: %.1f ns a step (%s)%n", a[0], (System.nanoTime() - t0) / (double) n, s);
    }
}
