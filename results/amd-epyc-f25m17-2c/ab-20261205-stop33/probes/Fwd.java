import jdk.incubator.vector.*;
public final class Fwd {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static void chain(float[] a, int off, int n, FloatVector c) {
        for (int i = 0; i < n; i++) FloatVector.fromArray(S, a, off).mul(c).intoArray(a, off);
    }
    static void chainMasked(float[] a, int off, int n, FloatVector c, int k) {
        VectorMask<Float> m = S.indexInRange(0, k);
        for (int i = 0; i < n; i++) FloatVector.fromArray(S, a, off).mul(c).intoArray(a, off, m);
    }
    static void chainMaskedBoth(float[] a, int off, int n, FloatVector c, int k) {
        VectorMask<Float> m = S.indexInRange(0, k);
        for (int i = 0; i < n; i++) FloatVector.fromArray(S, a, off, m).mul(c).intoArray(a, off, m);
    }
    public static void main(String[] x) {
        float[] a = new float[256];
        java.util.Arrays.fill(a, 1f);
        FloatVector c = FloatVector.broadcast(S, 1.0000001f);
        for (int rep = 0; rep < 6; rep++) {
            StringBuilder sb = new StringBuilder();
            for (int off : new int[]{0, 4, 8, 12}) {
                int n = 20_000_000;
                long t0 = System.nanoTime();
                chain(a, off, n, c);
                long t1 = System.nanoTime();
                chainMasked(a, off, n, c, 16);
                long t2 = System.nanoTime();
                chainMasked(a, off, n, c, 8);
                long t3 = System.nanoTime();
                chainMaskedBoth(a, off, n, c, 8);
                long t4 = System.nanoTime();
                sb.append(String.format("off %d (byte %d mod 64): plain %.2f ns, mask16 %.2f, mask8 %.2f, masked load+store 8 %.2f | ", off, (16 + 4 * off) % 64, (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t3 - t2) / (double) n, (t4 - t3) / (double) n));
            }
            if (rep >= 3) System.out.println(sb);
        }
    }
}
