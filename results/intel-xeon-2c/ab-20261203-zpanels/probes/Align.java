package dev.twolayer.kernel;
import java.util.*;
import java.lang.reflect.Field;
/** forwardZ and weightGradDirect alone, with the data start of W^T / G and X' at chosen offsets mod 64 bytes. Run with -XX:-UseCompressedOops. */
public final class Align {
    static sun.misc.Unsafe U;
    static long addr(Object o) { Object[] h = {o}; return U.getLong(h, (long) U.arrayBaseOffset(Object[].class)); }
    static int mis(float[] a) { return (int) ((addr(a) + U.arrayBaseOffset(float[].class)) & 63); }
    static List<Object> keep = new ArrayList<>();
    /** A float[n] whose element 0 sits at the given byte offset mod 64 (allocating pads until it does). */
    static float[] at(int n, int off) {
        for (int t = 0; t < 64; t++) {
            float[] a = new float[n];
            if (mis(a) == off) return a;
            keep.add(a); keep.add(new long[1 + t % 3]);
        }
        throw new IllegalStateException("no luck");
    }
    public static void main(String[] a) throws Exception {
        Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe"); f.setAccessible(true); U = (sun.misc.Unsafe) f.get(null);
        int rows = 256, d = Integer.parseInt(a[0]), kp = Integer.parseInt(a[1]);
        VectorBody b = new VectorBody512();
        SplittableRandom rng = new SplittableRandom(1);
        for (int pass = 0; pass < 4; pass++)
        for (int off : new int[] {0, 16, 32, 48, 8}) {
            float[] x = new float[rows * d], wt = at(kp * d, off), bp = new float[kp], z = at(rows * kp, off), xp = at(rows * d, off), gp = at(rows * kp, off), grad = at(kp * d, off);
            for (int q = 0; q < x.length; q++) x[q] = (float) rng.nextGaussian();
            for (int q = 0; q < wt.length; q++) wt[q] = (float) rng.nextGaussian();
            for (int q = 0; q < gp.length; q++) gp[q] = (float) rng.nextGaussian();
            b.packX(x, 0, rows, d, xp, 0, rows);
            int reps = Math.max(5, (int) (2e9 / (2.0 * rows * d * kp)));
            double[] tz = new double[reps], tw = new double[reps];
            for (int r = 0; r < reps; r++) {
                long t0 = System.nanoTime(); b.forwardZ(x, 0, xp, rows, 0, rows, 0, kp, d, kp, wt, bp, z);
                long t1 = System.nanoTime(); b.weightGradDirect(x, 0, rows, d, gp, kp, xp, grad, 0, 0, kp, false);
                long t2 = System.nanoTime(); tz[r] = t1 - t0; tw[r] = t2 - t1;
            }
            Arrays.sort(tz); Arrays.sort(tw);
            double fl = 2.0 * rows * d * kp;
            System.out.printf("pass %d: data at %2d mod 64 (wt %d xp %d z %d gp %d grad %d): forwardZ %.1f GFLOP/s, dW %.1f GFLOP/s%n", pass, off, mis(wt), mis(xp), mis(z), mis(gp), mis(grad), fl / tz[reps / 2], fl / tw[reps / 2]);
            keep.clear();
        }
    }
}
