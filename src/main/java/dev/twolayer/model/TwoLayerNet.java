package dev.twolayer.model;

import java.util.Arrays;

/**
 * A two-layer network: a {@link ModelSpec} and its flat float parameter vector (layout in {@link ModelSpec}).
 * The array is exposed on purpose: kernels and optimisers work on it in place.
 */
public final class TwoLayerNet {
    private final ModelSpec spec;
    private final float[] params;

    public TwoLayerNet(ModelSpec spec) {
        this(spec, new float[spec.paramCount()]);
    }

    /** Wraps (does not copy) {@code params}, whose length must be {@code spec.paramCount()}. */
    public TwoLayerNet(ModelSpec spec, float[] params) {
        if (params.length != spec.paramCount())
            throw new IllegalArgumentException("parameter vector has length " + params.length + ", spec " + spec
                    + " needs " + spec.paramCount());
        this.spec = spec;
        this.params = params;
    }

    public ModelSpec spec() { return spec; }
    public float[] params() { return params; }

    public float w(int j, int i) { return params[spec.offsetW() + j * spec.d() + i]; }
    public float b(int j) { return spec.hiddenBias() ? params[spec.offsetB() + j] : 0f; }
    public float a(int o, int j) { return params[spec.offsetA() + o * spec.k() + j]; }
    public float c(int o) { return spec.outputBias() ? params[spec.offsetC() + o] : 0f; }

    public void setW(int j, int i, float v) { params[spec.offsetW() + j * spec.d() + i] = v; }
    public void setB(int j, float v) { requireB(); params[spec.offsetB() + j] = v; }
    public void setA(int o, int j, float v) { params[spec.offsetA() + o * spec.k() + j] = v; }
    public void setC(int o, float v) { requireC(); params[spec.offsetC() + o] = v; }

    private void requireB() { if (!spec.hiddenBias()) throw new IllegalStateException("model has no hidden biases"); }
    private void requireC() { if (!spec.outputBias()) throw new IllegalStateException("model has no output bias"); }

    /** The parameters widened to double, for population (closed-form) computations and finite differences. */
    public double[] paramsAsDouble() {
        double[] out = new double[params.length];
        for (int i = 0; i < params.length; i++) out[i] = params[i];
        return out;
    }

    public TwoLayerNet copy() {
        return new TwoLayerNet(spec, params.clone());
    }

    /** True when every parameter is finite. */
    public boolean isFinite() {
        for (float p : params) if (!Float.isFinite(p)) return false;
        return true;
    }

    @Override public boolean equals(Object o) {
        return o instanceof TwoLayerNet n && n.spec.equals(spec) && Arrays.equals(n.params, params);
    }

    @Override public int hashCode() { return 31 * spec.hashCode() + Arrays.hashCode(params); }

    @Override public String toString() { return "TwoLayerNet" + spec; }
}
