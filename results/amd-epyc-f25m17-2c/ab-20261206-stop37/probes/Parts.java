package dev.twolayer.kernel;
import dev.twolayer.model.ModelSpec;
import java.util.Random;
/** Times the parts of a batch-1 step in the dot form (d=16 k=64 by default). */
public class Parts {
    public static void main(String[] a) throws Exception {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        ModelSpec spec = ModelSpec.of(d, k);
        VectorKernel kern = new VectorKernel();
        var f = VectorKernel.class.getDeclaredField("body"); f.setAccessible(true);
        VectorBody body = (VectorBody) f.get(kern);
        VectorWorkspace w = (VectorWorkspace) kern.newWorkspace(spec, 1);
        Random rnd = new Random(1);
        float[] params = new float[spec.paramCount()], grad = new float[spec.paramCount()];
        for (int i = 0; i < params.length; i++) params[i] = (float) rnd.nextGaussian() * 0.3f;
        int n = 64; float[] x = new float[n * d], y = new float[n];
        for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextGaussian();
        for (int i = 0; i < n; i++) y[i] = (float) rnd.nextGaussian();
        int offB = spec.offsetB(), offA = spec.offsetA(), kp = w.kp;
        float lr = 1e-4f;
        float[] e = new float[1];
        String[] names = {"full sgdStep", "forwardZDot+y", "hiddenGradDot", "weightGradRows(upd)", "fwd+hgd+wgr"};
        double sink = 0;
        for (int round = 0; round < 5; round++) {
            for (int v = 0; v < names.length; v++) {
                int reps = 2_000_000;
                long t0 = 0;
                for (int pass = 0; pass < 2; pass++) {
                    if (pass == 1) t0 = System.nanoTime();
                    for (int r = 0; r < reps; r++) {
                        int i = r & 63;
                        switch (v) {
                            case 0 -> sink += kern.sgdStep(spec, params, x, y, null, i, 1, 1.0, lr, grad, false, w);
                            case 1 -> body.forwardZDot(params, k, x, i * d, 1, d, kp, offB, false, w.z, true, offA, 0f, 0f, w.y, VectorWorkspace.ALIGN);
                            case 2 -> { e[0] = (r % 7 - 3) * 0.01f; body.hiddenGradDot(w.z, 1, kp, k, e, params, offB, offA, 0f, true, null, params, lr, w.gp); }
                            case 3 -> body.weightGradRows(x, i * d, 1, d, w.gp, k, grad, 0, 0, kp, false, params, false, lr, VectorWorkspace.ALIGN, w.units);
                            default -> {
                                body.forwardZDot(params, k, x, i * d, 1, d, kp, offB, false, w.z, true, offA, 0f, 0f, w.y, VectorWorkspace.ALIGN);
                                e[0] = 2 * (w.y[0] - y[i]) * 1e-2f;
                                body.hiddenGradDot(w.z, 1, kp, k, e, params, offB, offA, 0f, true, null, params, lr, w.gp);
                                body.weightGradRows(x, i * d, 1, d, w.gp, k, grad, 0, 0, kp, false, params, false, lr, VectorWorkspace.ALIGN, w.units);
                            }
                        }
                    }
                }
                double ns = (System.nanoTime() - t0) / (double) reps;
                sink += w.y[0];
                System.out.printf("%-22s %6.1f ns%n", names[v], ns);
            }
            System.out.println();
        }
        System.out.println(sink);
    }
}
