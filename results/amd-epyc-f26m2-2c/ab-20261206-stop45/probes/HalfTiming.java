package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import java.util.SplittableRandom;

/** Throwaway: dotRowOutput and dotRowGrad alone (independent calls) and chained, one row. */
public class HalfTiming {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        ModelSpec spec = ModelSpec.of(d, k);
        VectorBody body = new VectorBody512();
        VectorKernel kern = new VectorKernel();
        VectorWorkspace w = (VectorWorkspace) kern.newWorkspace(spec, 1);
        float[] p = java.util.Arrays.copyOf(dev.twolayer.model.Init.he().create(spec, 2024).params(), spec.paramCount() + 32);
        float[] p2 = p.clone();
        SplittableRandom rng = new SplittableRandom(1);
        float[] x = new float[64 * d], t = new float[4099];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < t.length; i++) t[i] = (float) rng.nextGaussian();
        int offB = spec.offsetB(), offA = spec.offsetA();
        int[] units = VectorKernel.skipList(spec, w);
        int n = 2_000_000;
        for (int rep = 0; rep < 6; rep++) {
            long[] ns = new long[4];
            for (int mode = 0; mode < 4; mode++) {
                double s = 0; int nt = 0;
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    int r = i & 63;
                    float tt = t[nt]; nt = nt + 1 == 4099 ? 0 : nt + 1;
                    if (mode == 0) s += body.dotRowOutput(x, r * d, d, p, k, offB, offA, 0f, 0f, false, w.z);
                    else if (mode == 1) body.dotRowGrad(x, r * d, d, 1e-3f * tt, p2, k, offB, offA, 0f, true, null, p2, 1e-4f, w.z, w.gp, units);
                    else if (mode == 2) {
                        float e = body.dotRowOutput(x, r * d, d, p, k, offB, offA, 0f, 0f, false, w.z) - tt;
                        body.dotRowGrad(x, r * d, d, e, p, k, offB, offA, 0f, true, null, p, 1e-4f, w.z, w.gp, units);
                    } else {
                        float e = body.dotRowOutput(x, r * d, d, p, k, offB, offA, 0f, 0f, false, w.z) - tt;
                        body.dotRowGrad(x, r * d, d, e, p2, k, offB, offA, 0f, true, null, p2, 1e-4f, w.z, w.gp, units);
                    }
                }
                ns[mode] = System.nanoTime() - t0;
                if (s == 42) System.out.println();
            }
            System.out.printf("output %.1f  grad %.1f  chained %.1f  chained-copy %.1f ns%n", ns[0] / (double) n,
                    ns[1] / (double) n, ns[2] / (double) n, ns[3] / (double) n);
        }
    }
}
