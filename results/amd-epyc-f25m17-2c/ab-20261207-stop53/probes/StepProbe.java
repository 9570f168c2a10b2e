package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import java.util.SplittableRandom;

/**
 * Batch-1 steps of one shape in a loop: ns a step (median of rounds), for PrintAssembly and quick A/B. Arguments: d k
 * [rounds [bits]] (bits: the vector width, as VectorKernel(int); added at stop 56).
 */
public final class StepProbe {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rounds = a.length > 2 ? Integer.parseInt(a[2]) : 30;
        ModelSpec spec = ModelSpec.of(d, k);
        VectorKernel kern = a.length > 3 ? new VectorKernel(Integer.parseInt(a[3])) : new VectorKernel();
        Kernel.Workspace ws = kern.newWorkspace(spec, 1);
        SplittableRandom r = new SplittableRandom(1);
        float[] p = new float[spec.paramCount()];
        for (int i = 0; i < p.length; i++) p[i] = (float) (r.nextGaussian() * Math.sqrt(2.0 / d));
        int n = 64;
        float[] x = new float[n * d], y = new float[4099], g = new float[spec.paramCount()];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) r.nextGaussian();
        double sink = 0;
        long[] t = new long[rounds];
        int steps = 200_000, yi = 0;
        for (int rd = 0; rd < rounds; rd++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                sink += kern.sgdStep(spec, p, x, y, null, s & 63, 1, 0.5, 1e-4f, g, false, ws);
            }
            t[rd] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(t);
        System.out.printf("d=%d k=%d: %.1f ns a step (median of %d rounds), sink %s%n", d, k, t[rounds / 2] / (double) steps, rounds, sink);
    }
}
