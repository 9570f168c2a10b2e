package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** batch-1 backward at d = L: hiddenGradDot + weightGradRows against backwardRowOneVector, interleaved. */
public final class FuseTime {
    public static void main(String[] a) throws Exception {
        for (String shape : a) {
            String[] f = shape.split("x");
            int d = Integer.parseInt(f[0]), k = Integer.parseInt(f[1]);
            ModelSpec spec = ModelSpec.of(d, k);
            SplittableRandom rng = new SplittableRandom(2024);
            float[] params = Init.he().create(spec, 2024).params(), p2 = params.clone();
            float[] x = new float[d], grad = new float[spec.paramCount()];
            for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
            VectorKernel vk = (VectorKernel) Kernels.byName("vector");
            var bf = VectorKernel.class.getDeclaredField("body"); bf.setAccessible(true);
            VectorBody body = (VectorBody) bf.get(vk);
            VectorWorkspace w = (VectorWorkspace) vk.newWorkspace(spec, 1);
            int kp = w.kp, offB = spec.offsetB(), offA = spec.offsetA();
            body.forwardZDot(params, k, x, 0, 1, d, kp, offB, false, w.z, true, offA, 0f, 0f, w.y, VectorWorkspace.ALIGN);
            float[] e = {0.3f};
            // same bits?
            body.hiddenGradDot(w.z, 1, kp, k, e, params, offB, offA, 0f, true, null, params, 0.01f, w.gp);
            body.weightGradRows(x, 0, 1, d, w.gp, k, grad, spec.offsetW(), 0, kp, false, params, false, 0.01f, VectorWorkspace.ALIGN);
            body.backwardRowOneVector(x, 0, w.z, k, e[0], p2, offB, offA, spec.offsetW(), 0f, true, null, p2, 0.01f, w.gp);
            System.out.println("same bits: " + Arrays.equals(params, p2));
            int n = 20_000_000 / k;
            double[] r1 = new double[9], r2 = new double[9];
            for (int rep = 0; rep < 12; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    body.hiddenGradDot(w.z, 1, kp, k, e, params, offB, offA, 0f, true, null, params, 1e-9f, w.gp);
                    body.weightGradRows(x, 0, 1, d, w.gp, k, grad, spec.offsetW(), 0, kp, false, params, false, 1e-9f, VectorWorkspace.ALIGN);
                }
                long t1 = System.nanoTime();
                for (int i = 0; i < n; i++) body.backwardRowOneVector(x, 0, w.z, k, e[0], params, offB, offA, spec.offsetW(), 0f, true, null, params, 1e-9f, w.gp);
                long t2 = System.nanoTime();
                if (rep >= 3) { r1[rep - 3] = (t1 - t0) / (double) n / k; r2[rep - 3] = (t2 - t1) / (double) n / k; }
            }
            Arrays.sort(r1); Arrays.sort(r2);
            System.out.printf("d=%d k=%d ns/unit: two passes %.3f fused %.3f (medians of 9)%n", d, k, r1[4], r2[4]);
        }
    }
}
