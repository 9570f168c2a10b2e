package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import java.util.SplittableRandom;

/** Throwaway: a batch-1 step through sgdStep against the body's own calls, d=1 (units form) or k <= L (dot form). */
public class WrapTiming {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        ModelSpec spec = ModelSpec.of(d, k);
        VectorBody body = new VectorBody512();
        VectorKernel kern = new VectorKernel();
        VectorWorkspace w = (VectorWorkspace) kern.newWorkspace(spec, 1);
        float[] p = dev.twolayer.model.Init.he().create(spec, 2024).params();
        float[] g = new float[p.length];
        SplittableRandom rng = new SplittableRandom(1);
        float[] x = new float[64 * d], t = new float[4099], y = new float[64];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < t.length; i++) t[i] = (float) rng.nextGaussian();
        int offB = spec.offsetB(), offA = spec.offsetA(), offC = spec.offsetC();
        int[] units = VectorKernel.skipList(spec, w);
        int n = 4_000_000;
        for (int rep = 0; rep < 6; rep++) {
            long[] ns = new long[2];
            for (int mode = 0; mode < 2; mode++) {
                double s = 0; int nt = 0;
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    int r = i & 63;
                    float tt = t[nt]; nt = nt + 1 == 4099 ? 0 : nt + 1;
                    if (mode == 0) { y[r] = tt; s += kern.sgdStep(spec, p, x, y, null, r, 1, 0.5, 1e-4f, g, false, w); }
                    else if (d == 1) {
                        float yv = body.unitsRow(x, r, tt, 1f, p, k, offB, offA, p[offC], 0f, true, null, p, 1e-4f);
                        float e = yv - tt; p[offC] -= 1e-4f * e; s += e * e;
                    } else {
                        float e = body.dotRowOutput(x, r * d, d, p, k, offB, offA, p[offC], 0f, false, w.z) - tt;
                        body.dotRowGrad(x, r * d, d, e, p, k, offB, offA, 0f, true, null, p, 1e-4f, w.z, w.gp, units);
                        p[offC] -= 1e-4f * e; s += e * e;
                    }
                }
                ns[mode] = System.nanoTime() - t0;
                if (s == 42) System.out.println();
            }
            System.out.printf("sgdStep %.1f  body %.1f ns%n", ns[0] / (double) n, ns[1] / (double) n);
        }
    }
}
