import jdk.incubator.vector.*;
public class MaskProbe {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final VectorSpecies<Float> H = FloatVector.SPECIES_256;
    static float[] a = new float[64];
    // chain: load, add, store to the same place
    static void mm(int n, int k) { VectorMask<Float> m = S.indexInRange(0, k); for (int i = 0; i < n; i++) { FloatVector v = FloatVector.fromArray(S, a, 0, m); v.add(1f).intoArray(a, 0, m); } }
    static void pp(int n) { for (int i = 0; i < n; i++) { FloatVector v = FloatVector.fromArray(S, a, 0); v.add(1f).intoArray(a, 0); } }
    static void hh(int n) { for (int i = 0; i < n; i++) { FloatVector v = FloatVector.fromArray(H, a, 0); v.add(1f).intoArray(a, 0); } }
    static void pm(int n, int k) { VectorMask<Float> m = S.indexInRange(0, k); for (int i = 0; i < n; i++) { FloatVector v = FloatVector.fromArray(S, a, 0); v.add(1f).intoArray(a, 0, m); } }
    static void mp(int n, int k) { VectorMask<Float> m = S.indexInRange(0, k); for (int i = 0; i < n; i++) { FloatVector v = FloatVector.fromArray(S, a, 0, m); v.add(1f).intoArray(a, 0); } }
    // plain load + blend-with-old store (store the whole vector, lanes past k as loaded)
    static void pb(int n, int k) { VectorMask<Float> m = S.indexInRange(0, k); for (int i = 0; i < n; i++) { FloatVector v = FloatVector.fromArray(S, a, 0); v.blend(v.add(1f), m).intoArray(a, 0); } }
    public static void main(String[] args) {
        int n = 1_000_000;
        for (int r = 0; r < 12; r++) {
            long t0 = System.nanoTime(); mm(n, 8); long t1 = System.nanoTime(); pp(n); long t2 = System.nanoTime(); hh(n);
            long t3 = System.nanoTime(); pm(n, 8); long t4 = System.nanoTime(); mp(n, 8); long t5 = System.nanoTime(); pb(n, 8); long t6 = System.nanoTime();
            if (r >= 8) System.out.printf("masked-masked %.2f plain-plain %.2f half-half %.2f plainload-maskedstore %.2f maskedload-plainstore %.2f plain-blend %.2f ns/iter%n",
                (t1-t0)/(double)n, (t2-t1)/(double)n, (t3-t2)/(double)n, (t4-t3)/(double)n, (t5-t4)/(double)n, (t6-t5)/(double)n);
        }
    }
}
