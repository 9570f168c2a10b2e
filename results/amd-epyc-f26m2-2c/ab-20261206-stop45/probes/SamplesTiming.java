package dev.twolayer.kernel;

/** Throwaway: the samples form's passes alone at d=1, k, n rows. */
public class SamplesTiming {
    public static void main(String[] a) {
        int k = Integer.parseInt(a[0]), n = Integer.parseInt(a[1]);
        VectorBody b = new VectorBody512();
        int L = 16, kp = (k + L - 1) / L * L;
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        float[] x = new float[n + L], y = new float[n + L], e = new float[n + L], t = new float[n + L];
        float[] w = new float[3 * k + 1], acc = new float[3 * kp * L], dap = new float[kp], dbp = new float[kp], grad = new float[w.length];
        for (int i = 0; i < n; i++) { x[i] = (float) r.nextGaussian(); e[i] = (float) r.nextGaussian(); t[i] = (float) r.nextGaussian(); }
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        double[] lanes = new double[32];
        int reps = 200_000_000 / (n * (k + 4));
        for (int rep = 0; rep < 6; rep++) {
            long t0 = System.nanoTime();
            for (int q = 0; q < reps; q++) b.samplesOutput(x, 0, n, w, k, k, 2 * k, false, 0.1f, 0f, y);
            long t1 = System.nanoTime();
            for (int q = 0; q < reps; q++) { java.util.Arrays.fill(lanes, 0); b.residualLanes(y, t, 0, n, 0.1f, e, lanes, 0); }
            long t2 = System.nanoTime();
            for (int q = 0; q < reps; q++) b.samplesGrad(x, n, e, w, k, kp, k, 2 * k, false, 0f, acc, 0, kp, false, true, dap, dbp, grad, 0);
            long t3 = System.nanoTime();
            System.out.printf("k=%d n=%d: output %.0f ns, residuals %.0f, grad %.0f%n", k, n, (t1 - t0) / (double) reps, (t2 - t1) / (double) reps, (t3 - t2) / (double) reps);
        }
    }
}
