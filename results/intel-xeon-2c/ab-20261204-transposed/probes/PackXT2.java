package dev.twolayer.kernel;
import jdk.incubator.vector.*;
public final class PackXT2 {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static void packA(float[] x, int xOff, int rows, int d, float[] xp, int xpOff) { // rows outer
        final int L = 16;
        for (int i = 0; i < rows; i++) {
            int src = xOff + i * d;
            for (int p = 0; p + 4 * L <= d; p += 4 * L) {
                int dst = xpOff + p * rows + i * 4 * L;
                FloatVector.fromArray(S, x, src + p).intoArray(xp, dst);
                FloatVector.fromArray(S, x, src + p + L).intoArray(xp, dst + L);
                FloatVector.fromArray(S, x, src + p + 2 * L).intoArray(xp, dst + 2 * L);
                FloatVector.fromArray(S, x, src + p + 3 * L).intoArray(xp, dst + 3 * L);
            }
        }
    }
    static void packB(float[] x, int xOff, int rows, int d, float[] xp, int xpOff) { // arraycopy
        for (int p = 0; p + 64 <= d; p += 64) {
            int xo = xpOff + p * rows;
            for (int i = 0; i < rows; i++) System.arraycopy(x, xOff + i * d + p, xp, xo + i * 64, 64);
        }
    }
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), rows = Integer.parseInt(a[1]), n = 200000;
        float[] x = new float[rows * d], xp = new float[VectorWorkspace.ALIGN + rows * d], xq = new float[xp.length];
        for (int i = 0; i < x.length; i++) x[i] = i * 1e-3f;
        VectorBody b = new VectorBody512();
        for (int rep = 0; rep < 6; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) b.packX(x, 0, rows, d, xp, VectorWorkspace.ALIGN, 0, rows);
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) packA(x, 0, rows, d, xq, VectorWorkspace.ALIGN);
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) packB(x, 0, rows, d, xq, VectorWorkspace.ALIGN);
            long t3 = System.nanoTime();
            if (rep >= 4) System.out.printf("d=%d rows=%d: packX %.1f ns, rows outer %.1f, arraycopy %.1f%n", d, rows, (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t3 - t2) / (double) n);
        }
        System.out.println(java.util.Arrays.equals(xp, xq));
    }
}
