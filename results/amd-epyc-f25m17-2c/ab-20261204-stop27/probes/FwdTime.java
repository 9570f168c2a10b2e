package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** ns per forward of 1 row. */
public final class FwdTime {
    public static void main(String[] a) {
        for (String shape : a) {
            String[] f = shape.split("x");
            int d = Integer.parseInt(f[0]), k = Integer.parseInt(f[1]), rows = Integer.parseInt(f[2]);
            ModelSpec spec = ModelSpec.of(d, k);
            SplittableRandom rng = new SplittableRandom(2024);
            float[] params = Init.he().create(spec, 2024).params();
            float[] x = new float[rows * d], out = new float[rows];
            for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
            Kernel vk = Kernels.byName("vector");
            Kernel.Workspace w = vk.newWorkspace(spec, rows);
            int n = 20_000_000 / k;
            for (int rep = 0; rep < 8; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) { x[i % x.length] += 1e-7f; vk.forward(spec, params, x, 0, rows, out, w); }
                System.out.printf("fwd d=%d k=%d rows %d: %.1f ns%n", d, k, rows, (System.nanoTime() - t0) / (double) n);
            }
        }
    }
}
