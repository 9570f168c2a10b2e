package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** d=1 k=64 batch-1 steps with grad placed at different distances after params (a pad array between them). */
public final class AliasScan {
    public static void main(String[] a) throws Exception {
        String[] f = a[0].split("x");
        int d = Integer.parseInt(f[0]), k = Integer.parseInt(f[1]);
        ModelSpec spec = ModelSpec.of(d, k);
        Kernel vk = Kernels.byName("vector");
        Kernel.Workspace w = vk.newWorkspace(spec, 1);
        SplittableRandom rng = new SplittableRandom(2024);
        float[] x = new float[d], y = {0.5f};
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        float[] p0 = Init.he().create(spec, 2024).params();
        double s = 0;
        // warm up on one layout
        float[] params = p0.clone(), grad = new float[spec.paramCount()];
        for (int i = 0; i < 3_000_000; i++) s += vk.sgdStep(spec, params, x, y, null, 0, 1, 1.0, 1e-6f, grad, false, w);
        for (int rep = 0; rep < 2; rep++)
        for (int pad = 0; pad <= 4096; pad += 64) {
            float[] pp = p0.clone();
            float[] padArr = new float[Math.max(0, pad / 4 - 4)];
            float[] gg = new float[spec.paramCount()];
            long t0 = System.nanoTime();
            for (int i = 0; i < 2_000_000; i++) s += vk.sgdStep(spec, pp, x, y, null, 0, 1, 1.0, 1e-6f, gg, false, w);
            double ns = (System.nanoTime() - t0) / 2e6;
            System.out.printf("pad %4d: %.1f ns%s%n", pad, ns, ns > 50 ? "  <<" : "");
            if (padArr.length == -1) System.out.println(s);
        }
        System.out.println(s);
    }
}
