import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Probe (not a test): ns per masked load of a row's last partial vector of 16 floats, with the vector inside the
 * array ("in range") and with its masked-off lanes past the array's end ("past the end"), in a C2-compiled loop.
 */
public final class MaskedTailLoad {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;

    static float sum(float[] x, int off, int lanes, int reps) {
        VectorMask<Float> mk = VectorMask.fromLong(S, (1L << lanes) - 1);
        FloatVector acc = FloatVector.zero(S);
        for (int r = 0; r < reps; r++) acc = acc.add(FloatVector.fromArray(S, x, off, mk));
        return acc.reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }

    public static void main(String[] a) {
        float[] x = new float[1000];
        for (int i = 0; i < x.length; i++) x[i] = i % 7;
        int reps = 100_000;
        float sink = 0;
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            sink += sum(x, 1000 - 32 - 4, 4, reps); // in range
            long t1 = System.nanoTime();
            sink += sum(x, 1000 - 4, 4, reps); // the lanes past 4 lie past the end
            long t2 = System.nanoTime();
            System.out.printf("round %d: in range %.2f ns a load, past the end %.2f ns%n", round,
                    (t1 - t0) / (double) reps, (t2 - t1) / (double) reps);
        }
        System.out.println(sink);
    }
}
