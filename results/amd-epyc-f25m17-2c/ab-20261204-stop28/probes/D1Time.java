package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** batch-1 d=1: full sgdStep vs body.unitsRow alone, ns a call. args: k ... */
public final class D1Time {
    static double sink;
    public static void main(String[] a) throws Exception {
        for (String ks : a) {
            int k = Integer.parseInt(ks), d = 1;
            ModelSpec spec = ModelSpec.of(d, k);
            float[] params = Init.he().create(spec, 2024).params();
            float[] x = {0.7f}, y = {0.3f}, grad = new float[spec.paramCount()];
            VectorKernel vk = (VectorKernel) Kernels.byName("vector");
            var bf = VectorKernel.class.getDeclaredField("body"); bf.setAccessible(true);
            VectorBody body = (VectorBody) bf.get(vk);
            Kernel.Workspace w = vk.newWorkspace(spec, 1);
            double ls = Loss.HALF_MSE.scale(1);
            float lr = 1e-9f;
            int n = 2_000_000, offB = spec.offsetB(), offA = spec.offsetA(), offC = spec.offsetC();
            for (int rep = 0; rep < 8; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) sink += vk.sgdStep(spec, params, x, y, null, 0, 1, ls, lr, grad, false, w);
                long t1 = System.nanoTime();
                for (int i = 0; i < n; i++) sink += body.unitsRow(x, 0, 0.3f, 1f, params, k, offB, offA, params[offC], 0f, true, null, params, lr);
                long t2 = System.nanoTime();
                if (rep >= 5) System.out.printf("k=%d sgdStep %.1f ns, unitsRow %.1f ns%n", k, (t1 - t0) / (double) n, (t2 - t1) / (double) n);
            }
        }
    }
}
