package dev.twolayer.experiments;

import dev.twolayer.experiments.StarActivationExperiment.Net;
import dev.twolayer.experiments.StarActivationExperiment.PatternTracker;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import java.util.Arrays;

import static dev.twolayer.experiments.StarActivationExperiment.P;
import static dev.twolayer.experiments.StarActivationExperiment.X1;
import static dev.twolayer.experiments.StarActivationExperiment.X2;

/**
 * {@link StarLoop} with the Vector API: L neurons per vector (L = 2, 4 or 8 doubles, the CPU's preferred width), the
 * 33 points in the inner loop, no branches. Bit-identical to {@link StarLoop.Scalar} (see there). The activation
 * check compares each point's lane mask with the initial one; a vector whose masks differ anywhere hands its
 * neurons' full masks to the tracker. Loaded only when the jdk.incubator.vector module is present.
 */
final class StarVectorLoop extends StarLoop {
    /** A static final species: the JIT only compiles vector code for a constant species. */
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int L = SPECIES.length();
    /** Initial lane masks: entry (vector v, point j) at v * P + j. */
    private final long[] initialBits;

    private StarVectorLoop(Net net, PatternTracker tracker) {
        super(net, tracker);
        this.initialBits = new long[nPad / L * P];
        for (int i = 0; i < n; i++) {
            long m = tracker.initialMask(i);
            for (int j = 0; j < P; j++) if ((m >>> j & 1) != 0) initialBits[i / L * P + j] |= 1L << (i % L);
        }
    }

    /** A vector loop for the preferred species, or null when that has fewer than 2 or more than 8 lanes. */
    static StarLoop createIfUseful(Net net, PatternTracker tracker) {
        if (L < 2 || L > LANES || LANES % L != 0) return null;
        return new StarVectorLoop(net, tracker);
    }

    @Override String name() { return "vector-" + SPECIES.vectorBitSize() + " (" + L + " neurons per vector)"; }

    @Override void step(double h, double[] g, double[] acc, long next) {
        Arrays.fill(acc, 0);
        final VectorSpecies<Double> s = SPECIES;
        final DoubleVector zero = DoubleVector.zero(s);
        for (int i0 = 0, v = 0; i0 < nPad; i0 += L, v++) {
            DoubleVector va1 = DoubleVector.fromArray(s, a1, i0), va2 = DoubleVector.fromArray(s, a2, i0);
            DoubleVector vb = DoubleVector.fromArray(s, b, i0), vw = DoubleVector.fromArray(s, w, i0);
            DoubleVector s1 = zero, s2 = zero, sOn = zero, sRelu = zero;
            for (int j = 0; j < P; j++) {
                double x1 = X1[j], x2 = X2[j];
                DoubleVector z = va1.mul(x1).add(va2.mul(x2)).add(vb);
                DoubleVector gj = zero.blend(g[j], z.compare(VectorOperators.GT, 0.0));
                s1 = s1.add(gj.mul(x1));
                s2 = s2.add(gj.mul(x2));
                sOn = sOn.add(gj);
                sRelu = sRelu.add(gj.mul(z));
            }
            DoubleVector hw = vw.mul(h); // h * w_i, as the scalar loop's (h * wi) * s
            va1 = va1.sub(hw.mul(s1));
            va2 = va2.sub(hw.mul(s2));
            vb = vb.sub(hw.mul(sOn));
            vw = vw.sub(sRelu.mul(h));
            va1.intoArray(a1, i0); va2.intoArray(a2, i0); vb.intoArray(b, i0); vw.intoArray(w, i0);
            int lane = i0 % LANES;
            boolean differs = false;
            for (int j = 0; j < P; j++) {
                double x1 = X1[j], x2 = X2[j];
                DoubleVector z = va1.mul(x1).add(va2.mul(x2)).add(vb);
                int at = j * LANES + lane;
                DoubleVector.fromArray(s, acc, at).add(vw.mul(z.max(0.0))).intoArray(acc, at);
                VectorMask<Double> on = z.compare(VectorOperators.GT, 0.0);
                if (on.toLong() != initialBits[v * P + j]) differs = true;
            }
            if (differs)
                for (int i = i0; i < i0 + L && i < n; i++) tracker.observe(i, mask(i), next);
        }
    }
}
