package dev.twolayer.experiments;

import dev.twolayer.experiments.StarActivationExperiment.Net;
import dev.twolayer.experiments.StarActivationExperiment.PatternTracker;

import java.util.Arrays;

import static dev.twolayer.experiments.StarActivationExperiment.P;
import static dev.twolayer.experiments.StarActivationExperiment.X1;
import static dev.twolayer.experiments.StarActivationExperiment.X2;

/**
 * The star experiment's training state (neurons padded to a multiple of {@link #LANES} with zero neurons, which stay
 * zero and inactive) and its fused GD step. Two implementations, bit-identical by construction: {@link Scalar}, the
 * reference, and {@link StarVectorLoop} (Vector API, neurons across lanes).
 *
 * <p>Fixed arithmetic so that both agree exactly: z = a1 x1 + a2 x2 + b evaluated left to right (no fused
 * multiply-add); each neuron's gradient sums run over the points in order; neuron i adds its output to the partial sum
 * {@code acc[j * LANES + (i % LANES)]} (in increasing i), and f_j = c + acc[j, 0] + ... + acc[j, 7], in that order.
 * Adding {@code w * 0} for an inactive neuron leaves a partial sum unchanged (it starts at +0 and a sum is -0 only
 * if both terms are), so the vector loop may add it where the scalar one skips.
 */
abstract class StarLoop {
    static final int LANES = 8;

    final int n, nPad;
    final double[] a1, a2, b, w;
    final PatternTracker tracker;

    StarLoop(Net net, PatternTracker tracker) {
        this.n = net.n;
        this.nPad = (n + LANES - 1) / LANES * LANES;
        this.a1 = Arrays.copyOf(net.a1, nPad);
        this.a2 = Arrays.copyOf(net.a2, nPad);
        this.b = Arrays.copyOf(net.b, nPad);
        this.w = Arrays.copyOf(net.w, nPad);
        this.tracker = tracker;
    }

    /** Implementation name for the report. */
    abstract String name();

    /**
     * One GD step: from residual weights {@code g_j = p_j (f_j - y_j)} at the current parameters, updates every
     * neuron with step h, writes the new neurons' partial sums into acc (P x LANES, overwritten) and reports every
     * neuron whose new activation mask differs from the initial one to the tracker with step number {@code next}.
     */
    abstract void step(double h, double[] g, double[] acc, long next);

    /** The partial sums of the current parameters (no update). */
    void forward(double[] acc) {
        Arrays.fill(acc, 0);
        for (int i = 0; i < n; i++) {
            double ai1 = a1[i], ai2 = a2[i], bi = b[i], wi = w[i];
            int lane = i % LANES;
            for (int j = 0; j < P; j++) {
                double z = ai1 * X1[j] + ai2 * X2[j] + bi;
                if (z > 0) acc[j * LANES + lane] += wi * z;
            }
        }
    }

    /** f_j = c + the lanes of acc in order. */
    static void reduce(double[] acc, double c, double[] f) {
        for (int j = 0; j < P; j++) {
            double s = c;
            for (int l = 0; l < LANES; l++) s += acc[j * LANES + l];
            f[j] = s;
        }
    }

    /** Activation mask of neuron i (bit j iff z_ij > 0), with the loop's arithmetic. */
    long mask(int i) {
        double ai1 = a1[i], ai2 = a2[i], bi = b[i];
        long m = 0;
        for (int j = 0; j < P; j++) if (ai1 * X1[j] + ai2 * X2[j] + bi > 0) m |= 1L << j;
        return m;
    }

    /** Writes the (unpadded) parameters back into net. */
    void copyTo(Net net) {
        System.arraycopy(a1, 0, net.a1, 0, n);
        System.arraycopy(a2, 0, net.a2, 0, n);
        System.arraycopy(b, 0, net.b, 0, n);
        System.arraycopy(w, 0, net.w, 0, n);
    }

    /** The Vector API loop where the module is present (and {@code scalar} is false), else the scalar one. */
    static StarLoop create(Net net, PatternTracker tracker, boolean scalar) {
        if (!scalar && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                StarLoop v = StarVectorLoop.createIfUseful(net, tracker);
                if (v != null) return v;
            } catch (LinkageError e) {
                // the module is there but the class cannot link: fall back
            }
        }
        return new Scalar(net, tracker);
    }

    /** The reference loop, one neuron at a time. */
    static final class Scalar extends StarLoop {
        Scalar(Net net, PatternTracker tracker) { super(net, tracker); }

        @Override String name() { return "scalar"; }

        @Override void step(double h, double[] g, double[] acc, long next) {
            Arrays.fill(acc, 0);
            for (int i = 0; i < n; i++) { // padding neurons are zero and stay so: nothing to do
                double ai1 = a1[i], ai2 = a2[i], bi = b[i], wi = w[i];
                double s1 = 0, s2 = 0, sOn = 0, sRelu = 0;
                for (int j = 0; j < P; j++) {
                    double z = ai1 * X1[j] + ai2 * X2[j] + bi;
                    if (z > 0) { double gj = g[j]; s1 += gj * X1[j]; s2 += gj * X2[j]; sOn += gj; sRelu += gj * z; }
                }
                ai1 -= h * wi * s1; ai2 -= h * wi * s2; bi -= h * wi * sOn; wi -= h * sRelu;
                a1[i] = ai1; a2[i] = ai2; b[i] = bi; w[i] = wi;
                int lane = i % LANES;
                long mask = 0;
                for (int j = 0; j < P; j++) {
                    double z = ai1 * X1[j] + ai2 * X2[j] + bi;
                    if (z > 0) { acc[j * LANES + lane] += wi * z; mask |= 1L << j; }
                }
                tracker.observe(i, mask, next);
            }
        }
    }
}
