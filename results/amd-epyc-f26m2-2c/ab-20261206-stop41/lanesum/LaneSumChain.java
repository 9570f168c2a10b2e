import jdk.incubator.vector.*;
public class LaneSumChain {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final VectorSpecies<Float> H = FloatVector.SPECIES_256;
    static final VectorSpecies<Float> Q = FloatVector.SPECIES_128;
    static final float[] XOR = new float[32];
    static final VectorShuffle<Float> SH8, SH4;
    static { for (int l = 0; l < 16; l++) { XOR[l] = l ^ 8; XOR[16 + l] = l ^ 4; }
      int[] a = new int[16], b = new int[16]; for (int l=0;l<16;l++){a[l]=l^8;b[l]=l^4;}
      SH8 = VectorShuffle.fromArray(S, a, 0); SH4 = VectorShuffle.fromArray(S, b, 0); }
    static float a(FloatVector y0) {
        for (int b = 0; b < 2; b++) y0 = y0.add(FloatVector.fromArray(S, XOR, b * 16).selectFrom(y0));
        return (y0.lane(0) + y0.lane(2)) + (y0.lane(1) + y0.lane(3));
    }
    static float b(FloatVector y0) {
        y0 = y0.add(y0.rearrange(SH8)); y0 = y0.add(y0.rearrange(SH4));
        return (y0.lane(0) + y0.lane(2)) + (y0.lane(1) + y0.lane(3));
    }
    static float c(FloatVector y0) {
        y0 = y0.add(y0.slice(8)); y0 = y0.add(y0.slice(4));
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
    static final VectorShuffle<Float> Q2 = VectorShuffle.fromValues(Q, 2, 3, 0, 1);
    static float f(FloatVector y0) {
        FloatVector h = ((FloatVector) y0.reinterpretShape(H, 0)).add((FloatVector) y0.reinterpretShape(H, 1));
        FloatVector q = ((FloatVector) h.reinterpretShape(Q, 0)).add((FloatVector) h.reinterpretShape(Q, 1));
        q = q.add(q.rearrange(Q2));
        return q.lane(0) + q.lane(1);
    }
    static float g(FloatVector y0) { return y0.reduceLanes(VectorOperators.ADD); }
    static float lanes0(FloatVector y0) { return y0.lane(0); }
    static float runa(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) {
            FloatVector y = bv.fma(FloatVector.broadcast(S, s), bv);
            s = a(y) * 1e-3f;
        }
        return s;
    }
    static float runb(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) {
            FloatVector y = bv.fma(FloatVector.broadcast(S, s), bv);
            s = b(y) * 1e-3f;
        }
        return s;
    }
    static float runc(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) {
            FloatVector y = bv.fma(FloatVector.broadcast(S, s), bv);
            s = c(y) * 1e-3f;
        }
        return s;
    }
    static float rund(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) {
            FloatVector y = bv.fma(FloatVector.broadcast(S, s), bv);
            s = d(y) * 1e-3f;
        }
        return s;
    }
    static float rune(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) {
            FloatVector y = bv.fma(FloatVector.broadcast(S, s), bv);
            s = e(y) * 1e-3f;
        }
        return s;
    }
    static float runf(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) {
            FloatVector y = bv.fma(FloatVector.broadcast(S, s), bv);
            s = f(y) * 1e-3f;
        }
        return s;
    }
    static float rung(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) {
            FloatVector y = bv.fma(FloatVector.broadcast(S, s), bv);
            s = g(y) * 1e-3f;
        }
        return s;
    }
    static float runh(float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) {
            FloatVector y = bv.fma(FloatVector.broadcast(S, s), bv);
            s = lanes0(y) * 1e-3f;
        }
        return s;
    }
    static float run(int v, float[] base, int n) {
        FloatVector bv = FloatVector.fromArray(S, base, 0);
        float s = 1f;
        for (int i = 0; i < n; i++) {
            FloatVector y = bv.fma(FloatVector.broadcast(S, s), bv);
            float r = switch (v) { case 0 -> a(y); case 1 -> b(y); case 2 -> c(y); case 3 -> d(y); case 4 -> e(y); case 5 -> f(y); case 6 -> g(y); default -> lanes0(y); };
            s = r * 1e-3f;
        }
        return s;
    }
    public static void main(String[] x) {
        float[] base = new float[16]; java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 16; i++) base[i] = r.nextFloat();
        // check equal bits
        for (int t = 0; t < 1000; t++) { float[] q = new float[16]; for (int i=0;i<16;i++) q[i]=r.nextFloat()*2-1;
          FloatVector y = FloatVector.fromArray(S, q, 0);
          if (Float.floatToIntBits(a(y))!=Float.floatToIntBits(b(y))||Float.floatToIntBits(a(y))!=Float.floatToIntBits(c(y))||Float.floatToIntBits(a(y))!=Float.floatToIntBits(d(y))||Float.floatToIntBits(a(y))!=Float.floatToIntBits(e(y))||Float.floatToIntBits(a(y))!=Float.floatToIntBits(f(y))) throw new AssertionError(); }
        int n = 20_000_000; float sink = 0;
        for (int round = 0; round < 6; round++) {
            StringBuilder sb = new StringBuilder();
            for (int v = 0; v < 8; v++) {
                com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
                long a0 = mx.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime(); sink += switch (v) { case 0 -> runa(base, n); case 1 -> runb(base, n); case 2 -> runc(base, n); case 3 -> rund(base, n); case 4 -> rune(base, n); case 5 -> runf(base, n); case 6 -> rung(base, n); default -> runh(base, n); }; long t1 = System.nanoTime();
                long a1 = mx.getCurrentThreadAllocatedBytes();
                sb.append(String.format(" %c %.3f (%.0fB)", 'a' + v, (t1 - t0) / (double) n, (a1 - a0) / (double) n));
            }
            System.out.println(sb);
        }
        System.out.println(sink);
    }
}
