package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import java.util.SplittableRandom;

/** ns a sgdStep for one shape (d k batch), ScalarKernel and VectorKernel in one JVM, medians of rounds. */
public final class ShapeProbe {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), batch = Integer.parseInt(a[2]);
        double sc = time(new ScalarKernel(), d, k, batch), ve = time(new VectorKernel(), d, k, batch);
        System.out.printf("d=%d k=%d batch=%d scalar %.1f ns vector %.1f ns ratio %.1f%n", d, k, batch, sc, ve, sc / ve);
    }

    static double time(Kernel kern, int d, int k, int batch) {
        ModelSpec spec = ModelSpec.of(d, k);
        Kernel.Workspace ws = kern.newWorkspace(spec, batch);
        SplittableRandom r = new SplittableRandom(1);
        float[] p = new float[spec.paramCount()];
        for (int i = 0; i < p.length; i++) p[i] = (float) (r.nextGaussian() * Math.sqrt(2.0 / d));
        int n = batch == 1 ? 64 : 1;
        float[] x = new float[n * batch * d], y = new float[Math.max(4099, n * batch)], g = new float[spec.paramCount()];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) r.nextGaussian();
        long work = (long) batch * d * k + 64;
        int steps = (int) Math.max(200, Math.min(200_000, 100_000_000L / work));
        int rounds = 15;
        long[] t = new long[rounds];
        double sink = 0;
        for (int rd = 0; rd < rounds; rd++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++)
                sink += kern.sgdStep(spec, p, x, y, null, (s % n) * batch, batch, 1.0 / batch, 1e-4f, g, false, ws);
            t[rd] = System.nanoTime() - t0;
        }
        if (Double.isNaN(sink)) System.out.println("nan");
        java.util.Arrays.sort(t);
        return t[rounds / 2] / (double) steps;
    }
}
