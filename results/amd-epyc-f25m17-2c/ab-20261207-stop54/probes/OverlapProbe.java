import jdk.incubator.vector.*;
public class OverlapProbe {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final VectorSpecies<Float> Q = FloatVector.SPECIES_128;
    static float[] a = new float[64];
    // two overlapping plain vectors at 0 and 4, loaded then stored (tail store first, then whole)
    static void ov(int n) { for (int i = 0; i < n; i++) { FloatVector v = FloatVector.fromArray(S, a, 0), t = FloatVector.fromArray(S, a, 4); t.add(1f).intoArray(a, 4); v.add(1f).intoArray(a, 0); } }
    static void nov(int n) { for (int i = 0; i < n; i++) { FloatVector v = FloatVector.fromArray(S, a, 0), t = FloatVector.fromArray(S, a, 16); t.add(1f).intoArray(a, 16); v.add(1f).intoArray(a, 0); } }
    // 512 whole + 128 tail
    static void mix(int n) { for (int i = 0; i < n; i++) { FloatVector v = FloatVector.fromArray(S, a, 0), t = FloatVector.fromArray(Q, a, 16); t.add(1f).intoArray(a, 16); v.add(1f).intoArray(a, 0); } }
    // 512 whole + 4 scalars
    static void sc(int n) { for (int i = 0; i < n; i++) { FloatVector v = FloatVector.fromArray(S, a, 0); float t0=a[16],t1=a[17],t2=a[18],t3=a[19]; a[16]=t0+1;a[17]=t1+1;a[18]=t2+1;a[19]=t3+1; v.add(1f).intoArray(a, 0); } }
    // 512 whole + masked 512 tail
    static void msk(int n, int k) { VectorMask<Float> m = S.indexInRange(16, k); for (int i = 0; i < n; i++) { FloatVector v = FloatVector.fromArray(S, a, 0), t = FloatVector.fromArray(S, a, 16, m); t.add(1f).intoArray(a, 16, m); v.add(1f).intoArray(a, 0); } }
    public static void main(String[] args) {
        int n = 1_000_000;
        for (int r = 0; r < 12; r++) {
            long t0 = System.nanoTime(); ov(n); long t1 = System.nanoTime(); nov(n); long t2 = System.nanoTime(); mix(n);
            long t3 = System.nanoTime(); sc(n); long t4 = System.nanoTime(); msk(n, 20); long t5 = System.nanoTime();
            if (r >= 8) System.out.printf("overlap %.2f disjoint %.2f 512+128 %.2f 512+4scalar %.2f 512+masked %.2f ns/iter%n",
                (t1-t0)/(double)n, (t2-t1)/(double)n, (t3-t2)/(double)n, (t4-t3)/(double)n, (t5-t4)/(double)n);
        }
    }
}
