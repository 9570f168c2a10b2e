package dev.twolayer.kernel;
import java.util.*;
/** Batch-1 step pass: old path (align 0: vectors from W's start, split lines) vs the aligned path (align 12). */
public final class AlignProbe2 {
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
        for (int rep = 0; rep < 5; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) b.weightGradRows(x, 0, 1, d, gp, k, grad, 0, 0, kp, false, p, false, 1e-9f, 0);
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) b.weightGradRows(x, 0, 1, d, gp, k, grad, 0, 0, kp, false, p, false, 1e-9f, 12);
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) b.weightGradRows(x, 0, 1, d, gp, k, grad, 12, 0, kp, false, p, false, 1e-9f, 12);
            long t3 = System.nanoTime();
            var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long a0 = bean.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 1000; i++) b.weightGradRows(x, 0, 1, d, gp, k, grad, 0, 0, kp, false, p, false, 1e-9f, 12);
            long a1 = bean.getCurrentThreadAllocatedBytes();
            if (rep >= 2) System.out.println("aligned path bytes/call " + (a1 - a0) / 1000.0);
            if (rep >= 2) System.out.printf("d=%d k=%d: old path %.1f ns, aligned path %.1f ns, old path on aligned W %.1f ns%n", d, k, (t1 - t0) / 1.0 / n, (t2 - t1) / 1.0 / n, (t3 - t2) / 1.0 / n);
        }
    }
}
