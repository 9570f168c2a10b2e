package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** the batch-1 dot form's three calls, timed one at a time: d x k. */
public final class PartTime {
    public static void main(String[] a) throws Exception {
        for (String shape : a) {
            String[] f = shape.split("x");
            int d = Integer.parseInt(f[0]), k = Integer.parseInt(f[1]);
            ModelSpec spec = ModelSpec.of(d, k);
            SplittableRandom rng = new SplittableRandom(2024);
            float[] params = Init.he().create(spec, 2024).params();
            float[] x = new float[d], grad = new float[spec.paramCount()];
            for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
            VectorKernel vk = (VectorKernel) Kernels.byName("vector");
            var bf = VectorKernel.class.getDeclaredField("body"); bf.setAccessible(true);
            VectorBody body = (VectorBody) bf.get(vk);
            VectorWorkspace w = (VectorWorkspace) vk.newWorkspace(spec, 1);
            int kp = w.kp, offB = spec.offsetB(), offA = spec.offsetA();
            float[] e = {0.3f};
            int n = 20_000_000 / k;
            for (int rep = 0; rep < 8; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) body.forwardZDot(params, k, x, 0, 1, d, kp, offB, false, w.z, true, offA, 0f, 0f, w.y, VectorWorkspace.ALIGN);
                long t1 = System.nanoTime();
                for (int i = 0; i < n; i++) body.hiddenGradDot(w.z, 1, kp, k, e, params, offB, offA, 0f, true, null, params, 1e-9f, w.gp);
                long t2 = System.nanoTime();
                for (int i = 0; i < n; i++) body.weightGradRows(x, 0, 1, d, w.gp, k, grad, spec.offsetW(), 0, kp, false, params, false, 1e-9f, VectorWorkspace.ALIGN);
                long t3 = System.nanoTime();
                if (rep >= 5) System.out.printf("d=%d k=%d fwd %.1f hgrad %.1f wgrad %.1f ns (per unit %.2f %.2f %.2f)%n", d, k, (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t3 - t2) / (double) n,
                    (t1 - t0) / (double) n / k, (t2 - t1) / (double) n / k, (t3 - t2) / (double) n / k);
            }
        }
    }
}
