import jdk.incubator.vector.*;
public class Bw {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static float sum(float[] a, int streams) {
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        int n = a.length, part = n / streams;
        if (streams == 1) {
            for (int i = 0; i < n; i += 64) {
                c0 = c0.add(FloatVector.fromArray(S, a, i)); c1 = c1.add(FloatVector.fromArray(S, a, i + 16));
                c2 = c2.add(FloatVector.fromArray(S, a, i + 32)); c3 = c3.add(FloatVector.fromArray(S, a, i + 48));
            }
        } else {
            for (int i = 0; i < part; i += 16) {
                c0 = c0.add(FloatVector.fromArray(S, a, i)); c1 = c1.add(FloatVector.fromArray(S, a, part + i));
                c2 = c2.add(FloatVector.fromArray(S, a, 2 * part + i)); c3 = c3.add(FloatVector.fromArray(S, a, 3 * part + i));
            }
        }
        return c0.add(c1).add(c2).add(c3).reduceLanes(VectorOperators.ADD);
    }
    public static void main(String[] x) {
        for (int mb : new int[] {16, 64}) {
            float[] a = new float[mb << 18];
            for (int i = 0; i < a.length; i++) a[i] = i & 7;
            for (int streams : new int[] {1, 4}) {
                float s = 0;
                for (int r = 0; r < 20; r++) s += sum(a, streams);
                long t0 = System.nanoTime(); int reps = 50;
                for (int r = 0; r < reps; r++) s += sum(a, streams);
                double sec = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%d MiB, %d streams: %.1f GB/s (%f)%n", mb, streams, reps * (double) (mb << 20) / sec / 1e9, s);
            }
        }
    }
}
