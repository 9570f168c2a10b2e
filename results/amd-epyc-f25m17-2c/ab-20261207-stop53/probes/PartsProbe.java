package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import java.util.SplittableRandom;

/** d, k one-row dot form: ns a call of (0) the full step body, (1) dotRowOutput alone, (2) dotRowGrad alone. */
public final class PartsProbe {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), mode = Integer.parseInt(a[2]);
        ModelSpec spec = ModelSpec.of(d, k);
        VectorBody512 body = new VectorBody512();
        SplittableRandom r = new SplittableRandom(1);
        float[] p = new float[spec.paramCount() + 64];
        for (int i = 0; i < spec.paramCount(); i++) p[i] = (float) (r.nextGaussian() * Math.sqrt(2.0 / d));
        int n = 64, offB = spec.offsetB(), offA = spec.offsetA();
        float[] x = new float[n * d], y = new float[4099];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) r.nextGaussian();
        float[] p2 = p.clone();
        float[] z = new float[64], gp = new float[64];
        int[] units = new int[k + 16];
        double sink = 0;
        int rounds = 30, steps = 200_000;
        long[] t = new long[rounds];
        for (int rd = 0; rd < rounds; rd++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                int xi = (s & 63) * d;
                if (mode == 0) {
                    float e = body.dotRowOutput(x, xi, d, p, k, offB, offA, 0f, 0f, false, z) - y[s % 4099];
                    body.dotRowGrad(x, xi, d, 1e-3f * e, p, k, offB, offA, 0f, true, null, p, 1e-4f, z, gp, units);
                    sink += e;
                } else if (mode == 3) { // the step of a copy: no W store -> load dependency between steps
                    float e = body.dotRowOutput(x, xi, d, p, k, offB, offA, 0f, 0f, false, z) - y[s % 4099];
                    body.dotRowGrad(x, xi, d, 1e-3f * e, p, k, offB, offA, 0f, true, null, p2, 1e-4f, z, gp, units);
                    sink += e;
                } else if (mode == 1) {
                    sink += body.dotRowOutput(x, xi, d, p, k, offB, offA, 0f, 0f, false, z);
                } else {
                    body.dotRowGrad(x, xi, d, 1e-3f * y[s % 4099], p, k, offB, offA, 0f, true, null, p, 1e-4f, z, gp, units);
                }
            }
            t[rd] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(t);
        System.out.printf("d=%d k=%d mode %d: %.1f ns a call (median of %d rounds) %s%n", d, k, mode, t[rounds / 2] / (double) steps, rounds, sink);
    }
}
