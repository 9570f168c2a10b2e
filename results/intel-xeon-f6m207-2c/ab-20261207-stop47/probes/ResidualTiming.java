package dev.twolayer.kernel;

import java.util.Random;

/** In-JVM: VectorBody512.residualLanes against VectorKernel.plainResidualLanes, n rows a call, alternating rounds. */
public class ResidualTiming {
    public static void main(String[] a) {
        int n = Integer.parseInt(a[0]);
        VectorBody body = new VectorBody512();
        int L = body.lanes();
        Random r = new Random(1);
        float[] out = new float[n], y = new float[n], e = new float[n];
        for (int i = 0; i < n; i++) { out[i] = (float) r.nextGaussian(); y[i] = (float) r.nextGaussian(); }
        double[] lanes = new double[2 * L];
        double sink = 0;
        int reps = Math.max(1, 4_000_000 / n);
        for (int round = 0; round < 12; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) body.residualLanes(out, y, 0, n, 0.7f, e, lanes, 0);
            long t1 = System.nanoTime();
            for (int i = 0; i < reps; i++) VectorKernel.plainResidualLanes(out, y, 0, n, 0.7f, e, lanes, 0, L);
            long t2 = System.nanoTime();
            sink += lanes[3];
            if (round >= 4) System.out.printf("n=%d vector %.3f ns/row, plain %.3f ns/row%n", n,
                    (t1 - t0) / (double) reps / n, (t2 - t1) / (double) reps / n);
        }
        System.out.println(sink > 0 ? "" : " ");
    }
}
