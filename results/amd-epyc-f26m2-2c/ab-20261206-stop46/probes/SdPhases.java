package dev.twolayer.kernel;
import java.util.SplittableRandom;
public class SdPhases {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), n = Integer.parseInt(a[2]);
        VectorBody body = new VectorBody512();
        int L = 16, rs = (n + L - 1) / L * L, off = VectorWorkspace.ALIGN, blocks = rs / L;
        SplittableRandom r = new SplittableRandom(1);
        float[] x = new float[n * d], w = new float[k * d + 2 * k + 1], y = new float[rs], e = new float[rs];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        for (int i = 0; i < n; i++) e[i] = (float) r.nextGaussian();
        float[] xt = new float[off + d * rs], zt = new float[off + k * rs];
        int cnt = k * (d + 2);
        float[] acc = new float[off + VectorBody.samplesAccFloats(cnt, L)], sums = new float[acc.length / L];
        int reps = Math.max(2000, 40000000 / (n * d * k));
        for (int rep = 0; rep < 6; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) body.samplesOutputD(x, 0, n, d, 0, rs, xt, zt, off, rs, w, k, k * d, k * d + k, false, 0.1f, 0f, y);
            long t1 = System.nanoTime();
            for (int i = 0; i < reps; i++) { body.samplesOutputD(x, 0, n, d, 0, rs, xt, zt, off, rs, w, k, k * d, k * d + k, false, 0.1f, 0f, y); body.samplesGradD(xt, zt, off, rs, n, e, w, k, d, k * d + k, 0f, acc, 0, k, false); }
            long t2 = System.nanoTime();
            for (int i = 0; i < reps; i++) body.samplesSumsD(acc, off, cnt, sums);
            long t3 = System.nanoTime();
            System.out.printf("d=%d k=%d n=%d: outputD %.0f ns, gradD %.0f ns, sumsD %.0f ns%n", d, k, n, (t1 - t0) / (double) reps, (t2 - t1) / (double) reps - (t1 - t0) / (double) reps, (t3 - t2) / (double) reps);
        }
    }
}
