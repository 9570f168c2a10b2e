package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** the dot form's one-row step: its two halves, timed one at a time, and the whole sgdStep: d x k. */
public final class DotRowTime {
    public static void main(String[] a) throws Exception {
        for (String shape : a) {
            String[] f = shape.split("x");
            int d = Integer.parseInt(f[0]), k = Integer.parseInt(f[1]);
            ModelSpec spec = ModelSpec.of(d, k);
            SplittableRandom rng = new SplittableRandom(2024);
            float[] params = Init.he().create(spec, 2024).params();
            float[] x = new float[d], grad = new float[spec.paramCount()], y = {0.5f};
            for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
            VectorKernel vk = (VectorKernel) Kernels.byName("vector");
            var bf = VectorKernel.class.getDeclaredField("body"); bf.setAccessible(true);
            VectorBody body = (VectorBody) bf.get(vk);
            VectorWorkspace w = (VectorWorkspace) vk.newWorkspace(spec, 1);
            int offB = spec.offsetB(), offA = spec.offsetA();
            int n = 20_000_000 / k;
            float sink = 0;
            for (int rep = 0; rep < 8; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) sink += body.dotRowOutput(x, 0, d, params, k, offB, offA, Float.parseFloat(System.getProperty("c","0")), 0f, w.z);
                long t1 = System.nanoTime();
                for (int i = 0; i < n; i++) body.dotRowGrad(x, 0, d, 0.3f, params, k, offB, offA, 0f, true, null, params, 1e-9f, w.z, w.gp);
                long t2 = System.nanoTime();
                for (int i = 0; i < n; i++) sink += (float) vk.sgdStep(spec, params, x, y, null, 0, 1, 0.5, 1e-9f, grad, false, w);
                long t3 = System.nanoTime();
                if (rep >= 5) System.out.printf("d=%d k=%d out %.1f grad %.1f step %.1f ns%n", d, k, (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t3 - t2) / (double) n);
            }
            if (sink == 42) System.out.println();
        }
    }
}
