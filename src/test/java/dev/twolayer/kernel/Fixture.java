package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random parameters and data for kernel tests: fresh non-zero values, rows {@code [row0, row0 + rows)} of an array of
 * {@code row0 + rows + 2} samples (so kernels must honour row0 and must not read past the block), and no
 * pre-activation within {@link #KINK_MARGIN} of the ReLU kink (so float/double and finite differences agree on the
 * side of the kink).
 */
final class Fixture {
    static final double KINK_MARGIN = 1e-3;

    final ModelSpec spec;
    final float[] params, x, y, weights;
    final int row0, rows;
    final double lossScale;

    private Fixture(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights, int row0, int rows) {
        this.spec = spec; this.params = params; this.x = x; this.y = y; this.weights = weights;
        this.row0 = row0; this.rows = rows;
        this.lossScale = 0.5 / rows;
    }

    static Fixture random(ModelSpec spec, int row0, int rows, boolean weighted, Random rnd) {
        return random(spec, row0, rows, weighted, rnd, true);
    }

    /** As {@link #random(ModelSpec, int, int, boolean, Random)}, optionally without keeping away from the kink. */
    static Fixture random(ModelSpec spec, int row0, int rows, boolean weighted, Random rnd, boolean avoidKink) {
        int n = row0 + rows + 2;
        for (int attempt = 0; attempt < 1000; attempt++) {
            float[] params = new float[spec.paramCount()];
            double wScale = 1.0 / Math.sqrt(spec.d());
            for (int p = 0; p < params.length; p++) params[p] = (float) (rnd.nextGaussian() * wScale);
            // Output layer and biases on a unit scale so that every term matters.
            for (int p = spec.offsetB(); p < params.length; p++) params[p] = (float) rnd.nextGaussian();
            float[] x = gaussian(n * spec.d(), rnd);
            float[] y = gaussian(n * spec.m(), rnd);
            float[] weights = null;
            if (weighted) {
                weights = new float[n];
                for (int i = 0; i < n; i++) weights[i] = (float) (0.25 + 2 * rnd.nextDouble());
            }
            Fixture f = new Fixture(spec, params, x, y, weights, row0, rows);
            if (!avoidKink || f.minAbsPreActivation() > KINK_MARGIN) return f;
        }
        throw new IllegalStateException("could not draw data away from the kink for " + spec);
    }

    static float[] gaussian(int len, Random rnd) {
        float[] a = new float[len];
        for (int i = 0; i < len; i++) a[i] = (float) rnd.nextGaussian();
        return a;
    }

    double minAbsPreActivation() {
        double[] z = new double[spec.k()];
        double min = Double.POSITIVE_INFINITY;
        for (int i = row0; i < row0 + rows; i++) {
            DoubleReferenceKernel.preActivations(spec, DoubleReferenceKernel.widen(params), DoubleReferenceKernel.widen(x), i, z);
            for (double v : z) min = Math.min(min, Math.abs(v));
        }
        return min;
    }

    /** Every combination of the model options for inputs d and width k (k is forced to d with identity mapping). */
    static List<ModelSpec> allOptionSpecs(int d, int k) {
        List<ModelSpec> specs = new ArrayList<>();
        for (int m : new int[] {1, 3})
            for (boolean hb : new boolean[] {true, false})
                for (boolean ob : new boolean[] {true, false})
                    for (boolean trainA : new boolean[] {true, false})
                        for (double s : new double[] {0.0, 0.1})
                            for (boolean id : new boolean[] {false, true})
                                specs.add(ModelSpec.builder(d, id ? d : k).outputs(m).hiddenBias(hb).outputBias(ob)
                                        .outputTrainable(trainA).leakySlope(s).identityMapping(id).build());
        return specs;
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) m = Math.max(m, Math.abs(v));
        return m;
    }
}
