package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import java.util.SplittableRandom;

/** Throwaway: where a batch-1 step's time goes at d, k (k <= L). */
public class RowStepTiming {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        ModelSpec spec = ModelSpec.of(d, k);
        VectorKernel kern = new VectorKernel();
        ScalarKernel sk = new ScalarKernel();
        int pad = a.length > 2 ? Integer.parseInt(a[2]) : 0; Object[] keep = new Object[8];
        keep[0] = new float[pad];
        Kernel.Workspace ws = kern.newWorkspace(spec, 1), sws = sk.newWorkspace(spec, 1);
        keep[1] = new float[pad];
        SplittableRandom rng = new SplittableRandom(1);
        float[] p = new float[spec.paramCount()]; keep[2] = new float[pad]; float[] g = new float[p.length]; keep[3] = new float[pad];
        for (int i = 0; i < p.length; i++) p[i] = (float) (rng.nextGaussian() * Math.sqrt(2.0 / d));
        if (System.getProperty("he") != null) p = dev.twolayer.model.Init.he().create(spec, 2024).params();
        final float lr = Float.parseFloat(System.getProperty("lr", "1e-3")); final double ls = Double.parseDouble(System.getProperty("ls", "1"));
        float[] x = new float[64 * d]; keep[4] = new float[pad]; float[] t = new float[4099];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < t.length; i++) t[i] = (float) rng.nextGaussian();
        float[] y = new float[64];
        int n = 2_000_000; if (keep.hashCode() == 1) System.out.println(keep[0]);
        for (int rep = 0; rep < 4; rep++) {
            long[] ns = new long[4];
            for (int mode = 0; mode < 4; mode++) {
                double s = 0; int nt = 0;
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    int r = i & 63;
                    y[r] = t[nt]; nt = nt + 1 == 4099 ? 0 : nt + 1;
                    if (mode == 0) s += kern.sgdStep(spec, p, x, y, null, r, 1, ls, lr, g, false, ws);
                    else if (mode == 1) s += sk.sgdStep(spec, p, x, y, null, r, 1, ls, lr, g, false, sws);
                    else if (mode == 2) s += kern.sgdStep(spec, p, x, y, null, 0, 1, ls, lr, g, false, ws);
                    else s += kern.forwardBackward(spec, p, x, y, null, r, 1, ls, g, ws);
                }
                ns[mode] = System.nanoTime() - t0;
                if (s == 42) System.out.println();
            }
            System.out.printf("vector %.1f ns  scalar %.1f ns  vector-one-sample %.1f  fb %.1f%n", ns[0] / (double) n,
                    ns[1] / (double) n, ns[2] / (double) n, ns[3] / (double) n);
        }
    }
}
