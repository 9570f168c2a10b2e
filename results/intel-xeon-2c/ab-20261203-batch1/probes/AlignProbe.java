package dev.twolayer.kernel;
// Ran at 532f427, before weightGradRows took its align argument: against 76416f8 and later, append ", 0" to the call.
import java.util.*;
/** Batch-1 step pass (weightGradRows) with W at float offsets 0..15 of one array: is the cost the line splits? */
public final class AlignProbe {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        VectorBody b = new VectorBody512();
        int kp = (k + 15) / 16 * 16;
        float[] p = new float[k * d + 64], x = new float[d], gp = new float[kp], grad = new float[k * d + 64];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < p.length; i++) p[i] = (float) r.nextGaussian();
        for (int i = 0; i < d; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < k; i++) gp[i] = (float) r.nextGaussian();
        int n = (int) Math.max(20000, 4e8 / (k * d));
        for (int rep = 0; rep < 4; rep++) {
            StringBuilder sb = new StringBuilder("d=" + d + " k=" + k + " ns by offset:");
            for (int off = 0; off < 16; off += 2) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) b.weightGradRows(x, 0, 1, d, gp, k, grad, off, 0, kp, false, p, false, 1e-9f);
                sb.append(String.format(" %d:%.1f", off, (System.nanoTime() - t0) / 1.0 / n));
            }
            if (rep >= 2) System.out.println(sb);
        }
    }
}
