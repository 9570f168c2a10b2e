import jdk.incubator.vector.*;
public final class Rmw {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static void rmw(float[] w, int off, int n, FloatVector c) { for (int o = off; o < off + n * 16; o += 16) FloatVector.fromArray(S, w, o).sub(c).intoArray(w, o); }
    static void rmw2(float[] w, int off, int n, FloatVector c) { for (int o = off; o < off + n * 16; o += 32) { FloatVector.fromArray(S, w, o).sub(c).intoArray(w, o); FloatVector.fromArray(S, w, o+16).sub(c).intoArray(w, o+16);} }
    static FloatVector ld(float[] w, int off, int n) { FloatVector a = FloatVector.zero(S), b = a; for (int o = off; o < off + n * 16; o += 32) { a = a.add(FloatVector.fromArray(S, w, o)); b = b.add(FloatVector.fromArray(S, w, o + 16)); } return a.add(b); }
    static void st(float[] w, int off, int n, FloatVector c) { for (int o = off; o < off + n * 16; o += 16) c.intoArray(w, o); }
    public static void main(String[] a) {
        int n = Integer.parseInt(a[0]); float[] w = new float[n * 16 + 64]; FloatVector c = FloatVector.broadcast(S, 1e-30f);
        int reps = 40_000_000 / n; double sink = 0;
        for (int r = 0; r < 5; r++) {
            for (int off : new int[] {0, 12}) {
                long t0 = System.nanoTime(); for (int i = 0; i < reps; i++) rmw(w, off, n, c);
                long t1 = System.nanoTime(); for (int i = 0; i < reps; i++) rmw2(w, off, n, c);
                long t2 = System.nanoTime(); for (int i = 0; i < reps; i++) sink += ld(w, off, n).lane(0);
                long t3 = System.nanoTime(); for (int i = 0; i < reps; i++) st(w, off, n, c);
                long t4 = System.nanoTime();
                if (r > 2) System.out.printf("n=%d off=%d (%s) ns/row: rmw %.2f rmw2 %.2f load %.2f store %.2f%n", n, off, off == 12 ? "line-aligned" : "split", (t1-t0)/(double)reps/n, (t2-t1)/(double)reps/n, (t3-t2)/(double)reps/n, (t4-t3)/(double)reps/n);
            }
        }
        System.out.println(sink > 0 ? "" : " ");
    }
}
