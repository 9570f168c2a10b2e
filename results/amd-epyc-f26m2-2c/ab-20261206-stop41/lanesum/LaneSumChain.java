import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Stop 41: the latency of one 16-lane sum on a chain, as a batch-1 step meets it (the sum feeds the next vector).
 * Each round times every variant's loop of 20M sums and prints ns a round and bytes allocated a round (0 once C2 has
 * the loop; a boxed vector shows as 64 bytes or more). Variants, all giving the XOR_LANES tree's lane 0 bit for bit
 * (checked on 1000 random vectors first) except g:
 * a) the kernel's: two permutes by an index vector (selectFrom), then (l0 + l2) + (l1 + l3);
 * b) the same by rearrange with a precomputed shuffle;
 * c) slice(8), slice(4) in place of the permutes;
 * d) the halves by reinterpretShape to 256, then 128 bits;
 * e) slice(8), then the 128-bit halves;
 * f) as d, with the last two stages by a 128-bit rearrange;
 * g) reduceLanes(ADD) (not the same bits);
 * h) lane 0 alone: the loop without a sum.
 * Each variant has a loop of its own: one loop choosing the variant by a switch boxed every vector (its first
 * version did, and its readings were wrong). Run: javac --add-modules jdk.incubator.vector LaneSumChain.java, then
 * java --add-modules jdk.incubator.vector,jdk.management LaneSumChain.
 */
public class LaneSumChain {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final VectorSpecies<Float> H = FloatVector.SPECIES_256;
    static final VectorSpecies<Float> Q = FloatVector.SPECIES_128;
    static final float[] XOR = new float[32];
    static final VectorShuffle<Float> SH8, SH4;
    static final VectorShuffle<Float> Q2 = VectorShuffle.fromValues(Q, 2, 3, 0, 1);

    static {
        int[] a = new int[16], b = new int[16];
        for (int l = 0; l < 16; l++) {
            XOR[l] = a[l] = l ^ 8;
            XOR[16 + l] = b[l] = l ^ 4;
        }
        SH8 = VectorShuffle.fromArray(S, a, 0);
        SH4 = VectorShuffle.fromArray(S, b, 0);
    }

    static float a(FloatVector y0) {
        for (int b = 0; b < 2; b++) y0 = y0.add(FloatVector.fromArray(S, XOR, b * 16).selectFrom(y0));
        return (y0.lane(0) + y0.lane(2)) + (y0.lane(1) + y0.lane(3));
    }

    static float b(FloatVector y0) {
        y0 = y0.add(y0.rearrange(SH8));
        y0 = y0.add(y0.rearrange(SH4));
        return (y0.lane(0) + y0.lane(2)) + (y0.lane(1) + y0.lane(3));
    }

    static float c(FloatVector y0) {
        y0 = y0.add(y0.slice(8));
        y0 = y0.add(y0.slice(4));
        return (y0.lane(0) + y0.lane(2)) + (y0.lane(1) + y0.lane(3));
    }

    static float d(FloatVector y0) {
        FloatVector h = ((FloatVector) y0.reinterpretShape(H, 0)).add((FloatVector) y0.reinterpretShape(H, 1));
        FloatVector q = ((FloatVector) h.reinterpretShape(Q, 0)).add((FloatVector) h.reinterpretShape(Q, 1));
        return (q.lane(0) + q.lane(2)) + (q.lane(1) + q.lane(3));
    }

    static float e(FloatVector y0) {
        FloatVector h = y0.add(y0.slice(8));
        FloatVector q = ((FloatVector) h.reinterpretShape(Q, 0)).add((FloatVector) h.reinterpretShape(Q, 1));
        return (q.lane(0) + q.lane(2)) + (q.lane(1) + q.lane(3));
    }

    static float f(FloatVector y0) {
        FloatVector h = ((FloatVector) y0.reinterpretShape(H, 0)).add((FloatVector) y0.reinterpretShape(H, 1));
        FloatVector q = ((FloatVector) h.reinterpretShape(Q, 0)).add((FloatVector) h.reinterpretShape(Q, 1));
        q = q.add(q.rearrange(Q2));
        return q.lane(0) + q.lane(1);
    }

    static float g(FloatVector y0) { return y0.reduceLanes(jdk.incubator.vector.VectorOperators.ADD); }

    static float h(FloatVector y0) { return y0.lane(0); }

    // one loop a variant (see the class comment): the sum, scaled, is the next vector's broadcast operand
    static float runA(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) s = a(bv.fma(FloatVector.broadcast(S, s), bv)) * 1e-3f;
        return s;
    }

    static float runB(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) s = b(bv.fma(FloatVector.broadcast(S, s), bv)) * 1e-3f;
        return s;
    }

    static float runC(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) s = c(bv.fma(FloatVector.broadcast(S, s), bv)) * 1e-3f;
        return s;
    }

    static float runD(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) s = d(bv.fma(FloatVector.broadcast(S, s), bv)) * 1e-3f;
        return s;
    }

    static float runE(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) s = e(bv.fma(FloatVector.broadcast(S, s), bv)) * 1e-3f;
        return s;
    }

    static float runF(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) s = f(bv.fma(FloatVector.broadcast(S, s), bv)) * 1e-3f;
        return s;
    }

    static float runG(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) s = g(bv.fma(FloatVector.broadcast(S, s), bv)) * 1e-3f;
        return s;
    }

    static float runH(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) s = h(bv.fma(FloatVector.broadcast(S, s), bv)) * 1e-3f;
        return s;
    }

    static float run(int v, float[] base, int n) {
        return switch (v) {
            case 0 -> runA(base, n);
            case 1 -> runB(base, n);
            case 2 -> runC(base, n);
            case 3 -> runD(base, n);
            case 4 -> runE(base, n);
            case 5 -> runF(base, n);
            case 6 -> runG(base, n);
            default -> runH(base, n);
        };
    }

    public static void main(String[] args) {
        java.util.Random r = new java.util.Random(1);
        float[] base = new float[16];
        for (int i = 0; i < 16; i++) base[i] = r.nextFloat();
        for (int t = 0; t < 1000; t++) {
            float[] q = new float[16];
            for (int i = 0; i < 16; i++) q[i] = r.nextFloat() * 2 - 1;
            FloatVector y = FloatVector.fromArray(S, q, 0);
            int want = Float.floatToIntBits(a(y));
            for (float got : new float[] {b(y), c(y), d(y), e(y), f(y)})
                if (Float.floatToIntBits(got) != want) throw new AssertionError("not the tree's bits");
        }
        com.sun.management.ThreadMXBean mx =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 20_000_000;
        float sink = 0;
        for (int round = 0; round < 6; round++) {
            StringBuilder sb = new StringBuilder();
            for (int v = 0; v < 8; v++) {
                long a0 = mx.getCurrentThreadAllocatedBytes(), t0 = System.nanoTime();
                sink += run(v, base, n);
                long t1 = System.nanoTime(), a1 = mx.getCurrentThreadAllocatedBytes();
                sb.append(String.format(" %c %.3f (%.0fB)", 'a' + v, (t1 - t0) / (double) n, (a1 - a0) / (double) n));
            }
            System.out.println(sb);
        }
        System.out.println(sink);
    }
}
