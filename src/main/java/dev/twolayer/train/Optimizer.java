package dev.twolayer.train;

import java.util.function.IntFunction;

/**
 * An update rule on the flat parameter vector. Implementations preallocate their state for a fixed parameter count
 * and allocate nothing in {@link #step}.
 */
public interface Optimizer {

    /**
     * Applies one update in place: {@code params} moves against {@code grad} with step size {@code lr}.
     * Both arrays have the length the optimiser was created for.
     */
    void step(float[] params, float[] grad, double lr);

    /** Forgets all state (momentum buffers, moment estimates, step count), as if freshly created. */
    void reset();

    /** Length of the parameter vector this optimiser was created for. */
    int size();

    /**
     * How to make an optimiser for a given parameter count; kept in {@link TrainConfig} so one config can train
     * many nets.
     *
     * @param description e.g. "sgd", "momentum(0.9)", "adam(0.9, 0.999, 1e-08)"
     * @param create      parameter count to fresh optimiser
     */
    record Factory(String description, IntFunction<Optimizer> create) {
        public Factory {
            if (description == null || create == null) throw new IllegalArgumentException("description and create are required");
        }

        public Optimizer create(int paramCount) { return create.apply(paramCount); }

        @Override public String toString() { return description; }
    }

    /** Plain gradient descent: full-batch GD or minibatch SGD depending on the batch size. */
    static Factory sgd() { return new Factory("sgd", Sgd::new); }

    /** Heavy-ball momentum, PyTorch semantics, no dampening, no Nesterov. */
    static Factory momentum(double mu) { return momentum(mu, 0.0, false); }

    /** Momentum with PyTorch semantics (see {@link Momentum}). */
    static Factory momentum(double mu, double dampening, boolean nesterov) {
        Momentum.validate(mu, dampening, nesterov);
        return new Factory("momentum(" + mu + (dampening != 0 ? ", dampening " + dampening : "")
                + (nesterov ? ", nesterov" : "") + ")", n -> new Momentum(n, mu, dampening, nesterov));
    }

    /** Adam with PyTorch defaults: betas (0.9, 0.999), eps 1e-8. */
    static Factory adam() { return adam(0.9, 0.999, 1e-8); }

    /** Bias-corrected Adam (see {@link Adam}). */
    static Factory adam(double beta1, double beta2, double eps) {
        Adam.validate(beta1, beta2, eps);
        return new Factory("adam(" + beta1 + ", " + beta2 + ", " + eps + ")", n -> new Adam(n, beta1, beta2, eps));
    }
}
