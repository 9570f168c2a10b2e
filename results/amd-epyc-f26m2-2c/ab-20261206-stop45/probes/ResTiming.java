package dev.twolayer.kernel;

public class ResTiming {
    public static void main(String[] a) {
        int n = Integer.parseInt(a[0]);
        VectorBody b = new VectorBody512();
        float[] out = new float[n], y = new float[n], e = new float[n];
        double[] lanes = new double[32];
        for (int i = 0; i < n; i++) { out[i] = (float) Math.sin(i); y[i] = (float) Math.cos(i); }
        int reps = 50_000_000 / n;
        for (int rep = 0; rep < 6; rep++) {
            long t0 = System.nanoTime();
            double s = 0;
            for (int q = 0; q < reps; q++) { java.util.Arrays.fill(lanes, 0.0); b.residualLanes(out, y, 0, n, 0.1f, e, lanes, 0); s += VectorKernel.laneTotal(lanes, 0, 16); }
            long t1 = System.nanoTime();
            for (int q = 0; q < reps; q++) {
                double loss = 0, dc0 = 0; float ei = 0.1f;
                for (int i = 0; i < n; i++) { float r = out[i] - y[i]; loss += (double) r * r; float ev = ei * r; e[i] = ev; dc0 += ev; }
                s += loss + dc0;
            }
            long t2 = System.nanoTime();
            System.out.printf("n=%d lanes %.1f ns  scalar %.1f ns %s%n", n, (t1 - t0) / (double) reps, (t2 - t1) / (double) reps, s == 42 ? "!" : "");
        }
    }
}
