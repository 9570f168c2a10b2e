import jdk.incubator.vector.*;
import java.lang.management.*;

public class Comp {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final VectorSpecies<Integer> SI = IntVector.SPECIES_512;
    static final int[] IOTA = new int[16];
    static { for (int i = 0; i < 16; i++) IOTA[i] = i; }

    static int v1(float[] gp, int j1, int j2, int[] units) { // as committed
        final int L = S.length(); int n = 0, j = j1;
        IntVector idx = IntVector.fromArray(SI, IOTA, 0).add(j1), step = IntVector.broadcast(SI, L);
        for (; j + L <= j2; j += L, idx = idx.add(step)) {
            VectorMask<Integer> on = FloatVector.fromArray(S, gp, j).compare(VectorOperators.NE, 0f).cast(SI);
            idx.compress(on).intoArray(units, j1 + n, on.compress());
            n += on.trueCount();
        }
        return n;
    }
    static int v2(float[] gp, int j1, int j2, int[] units) { // int compare, unmasked store
        final int L = S.length(); int n = 0, j = j1;
        IntVector idx = IntVector.fromArray(SI, IOTA, 0).add(j1), step = IntVector.broadcast(SI, L);
        for (; j + L <= j2; j += L, idx = idx.add(step)) {
            VectorMask<Integer> on = FloatVector.fromArray(S, gp, j).reinterpretAsInts().and(0x7fffffff).compare(VectorOperators.NE, 0);
            idx.compress(on).intoArray(units, j1 + n);
            n += on.trueCount();
        }
        return n;
    }
    static int v3(float[] gp, int j1, int j2, int[] units) { // float compare cast, unmasked
        final int L = S.length(); int n = 0, j = j1;
        IntVector idx = IntVector.fromArray(SI, IOTA, 0).add(j1), step = IntVector.broadcast(SI, L);
        for (; j + L <= j2; j += L, idx = idx.add(step)) {
            VectorMask<Integer> on = FloatVector.fromArray(S, gp, j).compare(VectorOperators.NE, 0f).cast(SI);
            idx.compress(on).intoArray(units, j1 + n);
            n += on.trueCount();
        }
        return n;
    }
    static int v4(float[] gp, int j1, int j2, int[] units) { // int compare, indexInRange prefix
        final int L = S.length(); int n = 0, j = j1;
        IntVector idx = IntVector.fromArray(SI, IOTA, 0).add(j1), step = IntVector.broadcast(SI, L);
        for (; j + L <= j2; j += L, idx = idx.add(step)) {
            VectorMask<Integer> on = FloatVector.fromArray(S, gp, j).reinterpretAsInts().and(0x7fffffff).compare(VectorOperators.NE, 0);
            int c = on.trueCount();
            idx.compress(on).intoArray(units, j1 + n, SI.indexInRange(0, c));
            n += c;
        }
        return n;
    }
    static int v5(float[] gp, int j1, int j2, int[] units) { // int compare, mask.compress prefix
        final int L = S.length(); int n = 0, j = j1;
        IntVector idx = IntVector.fromArray(SI, IOTA, 0).add(j1), step = IntVector.broadcast(SI, L);
        for (; j + L <= j2; j += L, idx = idx.add(step)) {
            VectorMask<Integer> on = FloatVector.fromArray(S, gp, j).reinterpretAsInts().and(0x7fffffff).compare(VectorOperators.NE, 0);
            idx.compress(on).intoArray(units, j1 + n, on.compress());
            n += on.trueCount();
        }
        return n;
    }
    interface F { int f(float[] g, int a, int b, int[] u); }
    public static void main(String[] a) {
        float[] gp = new float[4096]; java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < gp.length; i++) gp[i] = r.nextBoolean() ? 0f : (float) r.nextGaussian();
        int[] units = new int[4096 + 16];
        com.sun.management.ThreadMXBean tb = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        F[] fs = {Comp::v1, Comp::v2, Comp::v3, Comp::v4, Comp::v5};
        for (int v = 0; v < fs.length; v++) {
            F f = fs[v]; long s = 0;
            for (int i = 0; i < 200000; i++) s += f.f(gp, 0, 4096, units);
            long b0 = tb.getCurrentThreadAllocatedBytes(), t0 = System.nanoTime();
            for (int i = 0; i < 100000; i++) s += f.f(gp, 0, 4096, units);
            long t1 = System.nanoTime(), b1 = tb.getCurrentThreadAllocatedBytes();
            System.out.printf("v%d: %.1f ns/call, %.0f B/call (%d)%n", v + 1, (t1 - t0) / 1e5, (b1 - b0) / 1e5, s);
        }
    }
}
