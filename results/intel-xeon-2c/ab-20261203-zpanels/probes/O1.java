package dev.twolayer.kernel;
import java.util.*;
public final class O1 {
    public static void main(String[] a) {
        int n = Integer.parseInt(a[0]), kp = Integer.parseInt(a[1]);
        VectorBody b = new VectorBody512(); int L = b.lanes();
        SplittableRandom rnd = new SplittableRandom(3);
        float[] z = new float[n * kp], ap = new float[kp], y = new float[n], lanes = new float[L * L];
        for (int i = 0; i < z.length; i++) z[i] = (float) rnd.nextGaussian();
        for (int i = 0; i < kp; i++) ap[i] = (float) rnd.nextGaussian();
        for (int pass = 0; pass < 3; pass++) {
            StringBuilder sb = new StringBuilder();
            for (int zp : new int[] {kp, 4 * L}) {
                double[] t = new double[2001];
                for (int r = 0; r < t.length; r++) { long t0 = System.nanoTime(); b.output1(z, n, zp, 0, n, kp, kp, ap, 0f, 0f, y, lanes); t[r] = System.nanoTime() - t0; }
                Arrays.sort(t); sb.append(String.format(" zp=%d %.1f us", zp, t[1000] / 1e3));
            }
            System.out.println("n=" + n + " kp=" + kp + sb);
        }
    }
}
