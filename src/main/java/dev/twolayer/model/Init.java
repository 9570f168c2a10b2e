package dev.twolayer.model;

import java.util.SplittableRandom;

/**
 * Initialisation schemes. Each fills a fresh {@link TwoLayerNet} from a seeded generator; biases start at 0 and a
 * non-trainable output layer is set to {@code fixedOutput} (all ones in the papers' settings) unless the scheme
 * says otherwise.
 */
public interface Init {

    void fill(TwoLayerNet net, SplittableRandom rng);

    default TwoLayerNet create(ModelSpec spec, long seed) {
        TwoLayerNet net = new TwoLayerNet(spec);
        fill(net, new SplittableRandom(seed));
        return net;
    }

    /** He: W ~ N(0, 2/d), A ~ N(0, 2/k) (or ones when fixed), biases 0. */
    static Init he() {
        return (net, rng) -> gaussian(net, rng, Math.sqrt(2.0 / net.spec().d()), Math.sqrt(2.0 / net.spec().k()));
    }

    /** Xavier-style N(0, 1/fan_in) for both layers; with a fixed output layer this is the papers' N(0, 1/d). */
    static Init xavier() {
        return (net, rng) -> gaussian(net, rng, Math.sqrt(1.0 / net.spec().d()), Math.sqrt(1.0 / net.spec().k()));
    }

    /**
     * The 1-D He initialisation of Holzmueller and Steinwart with n = k hidden units:
     * inner weights a_i ~ N(0, 2), outer weights w_i ~ N(0, 2/n); {@code swapped} exchanges the two variances.
     */
    static Init he1d(boolean swapped) {
        return (net, rng) -> {
            double n = net.spec().k();
            double inner = swapped ? Math.sqrt(2.0 / n) : Math.sqrt(2.0);
            double outer = swapped ? Math.sqrt(2.0) : Math.sqrt(2.0 / n);
            gaussian(net, rng, inner, outer);
        };
    }

    /** W and (if trainable) A uniform on [-scale, scale]. */
    static Init uniform(double scale) {
        if (!(scale >= 0) || !Double.isFinite(scale)) throw new IllegalArgumentException("scale must be >= 0, got " + scale);
        return (net, rng) -> {
            ModelSpec s = net.spec();
            float[] p = net.params();
            for (int i = 0; i < s.k() * s.d(); i++) p[s.offsetW() + i] = (float) ((rng.nextDouble() * 2 - 1) * scale);
            for (int i = 0; i < s.m() * s.k(); i++)
                p[s.offsetA() + i] = s.outputTrainable() ? (float) ((rng.nextDouble() * 2 - 1) * scale) : 1f;
        };
    }

    /** Entries of W i.i.d. N(0, variance); the output layer fixed at ones (or N(0, 1/k) when trainable). */
    static Init gaussianW(double variance) {
        if (!(variance >= 0) || !Double.isFinite(variance)) throw new IllegalArgumentException("variance must be >= 0, got " + variance);
        return (net, rng) -> gaussian(net, rng, Math.sqrt(variance), Math.sqrt(1.0 / net.spec().k()));
    }

    /** W given row-major (k x d), e.g. {@code 1e-3 * I}; output layer ones, biases 0. No randomness. */
    static Init givenW(double[] w) {
        return (net, rng) -> {
            ModelSpec s = net.spec();
            if (w.length != s.k() * s.d())
                throw new IllegalArgumentException("given W has " + w.length + " entries, need k*d = " + s.k() * s.d());
            for (int i = 0; i < w.length; i++) net.params()[s.offsetW() + i] = (float) w[i];
            java.util.Arrays.fill(net.params(), s.offsetA(), s.offsetA() + s.m() * s.k(), 1f);
        };
    }

    /** W = scale * I (needs k == d), output layer ones: the symmetric start of Tian's dynamics. */
    static Init scaledIdentity(double scale) {
        return (net, rng) -> {
            ModelSpec s = net.spec();
            if (s.k() != s.d()) throw new IllegalArgumentException("scaled identity needs k == d");
            for (int j = 0; j < s.k(); j++) net.setW(j, j, (float) scale);
            java.util.Arrays.fill(net.params(), s.offsetA(), s.offsetA() + s.m() * s.k(), 1f);
        };
    }

    private static void gaussian(TwoLayerNet net, SplittableRandom rng, double sdW, double sdA) {
        ModelSpec s = net.spec();
        float[] p = net.params();
        for (int i = 0; i < s.k() * s.d(); i++) p[s.offsetW() + i] = (float) (rng.nextGaussian() * sdW);
        for (int i = 0; i < s.m() * s.k(); i++)
            p[s.offsetA() + i] = s.outputTrainable() ? (float) (rng.nextGaussian() * sdA) : 1f;
        // biases stay 0: every scheme in the papers starts them there
    }
}
