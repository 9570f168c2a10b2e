import dev.twolayer.bench.Fixture;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * A batch-1 training step at a large shape against the memory traffic it cannot avoid, in turn within one JVM.
 * The step reads all of W (k x d floats) in the forward pass, then reads and writes the rows of the units whose
 * gradient is not zero. The "floor" passes do only that traffic over a W of the same size with the same kind of
 * code (512-bit loads, four accumulators; an axpy row by row), with no arithmetic to speak of:
 *   read   - one pass reading W
 *   half   - read W, then read and write every other row (about the share of units a step moves)
 *   all    - read W, then read and write every row
 *   random - read W, then read and write a random half of the rows (in ascending order, a new half each pass), as
 *            the step's list of active units picks them
 * and the step's forward pass alone ({@code Kernel.forward} at one row: it reads all of W too). Before timing, the share
 * of W's rows that 64 steps move is counted (rows whose unit's ReLU is off are left untouched).
 * Each round times a block of at least 0.5 s of each, the order rotated every round. Prints every round and medians.
 * Usage: Roofline d k rounds
 */
public class Roofline {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;

    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rounds = Integer.parseInt(a[2]);
        // 64 samples in turn, each meeting a new target on each visit, as TrainStepBenchmark takes at batch 1
        Fixture step = Fixture.create("vector", d, k, 1, 64);
        step.warmUp(() -> step.trainStep(false));
        int moved = 0, offW = step.spec.offsetW();
        for (int t = 0; t < 64; t++) {
            float[] before = step.params.clone();
            step.trainStep(false);
            for (int u = 0; u < k; u++)
                if (java.util.Arrays.mismatch(before, offW + u * d, offW + (u + 1) * d, step.params, offW + u * d,
                        offW + (u + 1) * d) >= 0) moved++;
        }
        System.out.printf("rows of W moved by a step: %.1f%% (64 steps)%n", 100.0 * moved / (64.0 * k));
        float[] w = new float[k * d], x = new float[d];
        java.util.Random rnd = new java.util.Random(1);
        for (int i = 0; i < w.length; i++) w[i] = (float) rnd.nextGaussian();
        for (int i = 0; i < d; i++) x[i] = (float) rnd.nextGaussian() * 1e-6f;
        String[] names = {"step", "read", "half", "all", "forward", "random"};
        double[][] us = new double[names.length][rounds];
        double sink = 0;
        long seed = 1;
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < names.length; s++) {
                int which = (s + r) % names.length;
                long n = 0, t0 = System.nanoTime(), t;
                do {
                    sink += switch (which) {
                        case 0 -> step.trainStep(false);
                        case 1 -> read(w);
                        case 2 -> read(w) + axpyRows(w, x, k, d, 2);
                        case 4 -> step.forward()[0];
                        case 5 -> read(w) + axpyRandomRows(w, x, k, d, seed++);
                        default -> read(w) + axpyRows(w, x, k, d, 1);
                    };
                    n++;
                } while ((t = System.nanoTime()) - t0 < 500_000_000L);
                us[which][r] = (t - t0) / 1e3 / n;
            }
            System.out.printf("round %2d: step %8.1f us, read %8.1f, read+half rows %8.1f, read+all rows %8.1f, "
                    + "forward %8.1f, read+random half %8.1f%n", r, us[0][r], us[1][r], us[2][r], us[3][r], us[4][r],
                    us[5][r]);
        }
        double mb = 4.0 * k * d / 1e6;
        System.out.printf("d=%d k=%d (W %.1f MB): medians step %.1f us, read %.1f us (%.1f GB/s), read+half %.1f us "
                        + "(%.1f GB/s), read+all %.1f us (%.1f GB/s), forward %.1f us, read+random half %.1f us%s%n", d, k, mb, median(us[0]), median(us[1]),
                1e3 * mb / median(us[1]), median(us[2]), 2e3 * mb / median(us[2]), median(us[3]),
                3e3 * mb / median(us[3]), median(us[4]), median(us[5]), sink == 42 ? " " : "");
        step.close();
    }

    /** Sum of all of w, four 512-bit accumulators (the forward pass's loads without its FMAs into rows' sums). */
    static double read(float[] w) {
        FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        int L = S.length(), i = 0;
        for (; i + 4 * L <= w.length; i += 4 * L) {
            s0 = s0.add(FloatVector.fromArray(S, w, i));
            s1 = s1.add(FloatVector.fromArray(S, w, i + L));
            s2 = s2.add(FloatVector.fromArray(S, w, i + 2 * L));
            s3 = s3.add(FloatVector.fromArray(S, w, i + 3 * L));
        }
        return s0.add(s1).add(s2.add(s3)).reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }

    /** w[row] += x for every {@code every}-th row: the update's traffic (x tiny, so w stays finite). */
    static double axpyRows(float[] w, float[] x, int k, int d, int every) {
        int L = S.length();
        for (int u = 0; u < k; u += every) {
            int o = u * d;
            for (int j = 0; j < d; j += L)
                FloatVector.fromArray(S, w, o + j).add(FloatVector.fromArray(S, x, j)).intoArray(w, o + j);
        }
        return w[0];
    }

    /** As axpyRows over a random half of the rows (a bit of a 64-bit mixer per row), ascending. */
    static double axpyRandomRows(float[] w, float[] x, int k, int d, long seed) {
        int L = S.length();
        long bits = 0;
        for (int u = 0; u < k; u++) {
            if ((u & 63) == 0) bits = mix(seed * 0x9E3779B97F4A7C15L + u);
            if ((bits >>> (u & 63) & 1) == 0) continue;
            int o = u * d;
            for (int j = 0; j < d; j += L)
                FloatVector.fromArray(S, w, o + j).add(FloatVector.fromArray(S, x, j)).intoArray(w, o + j);
        }
        return w[0];
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
