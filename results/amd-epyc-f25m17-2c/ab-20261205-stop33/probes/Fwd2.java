import jdk.incubator.vector.*;
public final class Fwd2 {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    // zmm store, then a broadcast of lane j from memory feeding the next vector (a chain through memory)
    static float chain(float[] a, int off, int j, int n) {
        FloatVector v = FloatVector.fromArray(S, a, off);
        for (int i = 0; i < n; i++) {
            v.intoArray(a, off);
            v = FloatVector.broadcast(S, a[off + j]).mul(1.0000001f);
        }
        return v.lane(0);
    }
    // the same chain with the lane taken from the register
    static float chainReg(float[] a, int off, int j, int n) {
        FloatVector v = FloatVector.fromArray(S, a, off);
        for (int i = 0; i < n; i++) {
            v.intoArray(a, off);
            v = FloatVector.broadcast(S, v.lane(j)).mul(1.0000001f);
        }
        return v.lane(0);
    }
    public static void main(String[] x) {
        float[] a = new float[256];
        java.util.Arrays.fill(a, 1f);
        float s = 0;
        for (int rep = 0; rep < 6; rep++) {
            StringBuilder sb = new StringBuilder();
            for (int j : new int[]{0, 5, 13}) {
                int n = 20_000_000;
                long t0 = System.nanoTime();
                s += chain(a, 0, j, n);
                long t1 = System.nanoTime();
                s += chainReg(a, 0, j, n);
                long t2 = System.nanoTime();
                sb.append(String.format("lane %d: via memory %.2f ns, register %.2f | ", j, (t1 - t0) / (double) n, (t2 - t1) / (double) n));
            }
            if (rep >= 3) System.out.println(sb);
        }
        System.out.println(s);
    }
}
