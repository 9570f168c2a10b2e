package dev.twolayer.kernel;
import java.util.*;
/** DwProbe.dd8x2 storing dW rows d apart into grad at gOff: time against gOff (floats), in one JVM. */
public final class DwAlias {
    public static void main(String[] a) throws Exception {
        int d = Integer.parseInt(a[0]), rows = Integer.parseInt(a[1]);
        SplittableRandom r = new SplittableRandom(3);
        float[] x = new float[rows * d], gp = new float[16 + rows * 16];
        for (int q = 0; q < x.length; q++) x[q] = (float) r.nextGaussian();
        for (int q = 0; q < gp.length; q++) gp[q] = (float) r.nextGaussian();
        float[] grad = new float[8 * d + 1024 + 64];
        int n = 4000;
        for (int rep = 0; rep < 3; rep++) {
            StringBuilder sb = new StringBuilder();
            for (int gOff = 0; gOff < 1024; gOff += 32) {
                long t0 = System.nanoTime();
                for (int it = 0; it < n; it++) for (int p = 0; p < d; p += 32) DwProbe.dd8x2(x, d, rows, gp, 0, p, grad, gOff + p, d);
                long t1 = System.nanoTime();
                sb.append(String.format(" %d:%.2f", gOff, (t1 - t0) / 1e3 / n));
            }
            System.out.println("d=" + d + " us by grad offset (floats):" + sb);
        }
    }
}
