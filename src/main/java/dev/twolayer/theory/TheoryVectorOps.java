package dev.twolayer.theory;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Double-precision Vector API helpers for the population loss. Rows are padded with zeros to a multiple of
 * {@link #lanes()} so that no masks are needed. Kept in its own class so that nothing touches
 * jdk.incubator.vector unless the vector path was chosen.
 */
final class TheoryVectorOps {
    private TheoryVectorOps() {}

    static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    static int lanes() {
        return SPECIES.length();
    }

    /** Dot product of two zero-padded rows of length {@code dp} (a multiple of the lane count). */
    static double dot(double[] x, int xOff, double[] y, int yOff, int dp) {
        DoubleVector acc = DoubleVector.zero(SPECIES);
        for (int k = 0; k < dp; k += SPECIES.length()) {
            acc = DoubleVector.fromArray(SPECIES, x, xOff + k).fma(DoubleVector.fromArray(SPECIES, y, yOff + k), acc);
        }
        return acc.reduceLanes(VectorOperators.ADD);
    }

    /** {@code y[yOff..yOff+dp) += alpha * x[xOff..xOff+dp)}. */
    static void axpy(double alpha, double[] x, int xOff, double[] y, int yOff, int dp) {
        DoubleVector av = DoubleVector.broadcast(SPECIES, alpha);
        for (int k = 0; k < dp; k += SPECIES.length()) {
            DoubleVector.fromArray(SPECIES, x, xOff + k).fma(av, DoubleVector.fromArray(SPECIES, y, yOff + k))
                    .intoArray(y, yOff + k);
        }
    }
}
