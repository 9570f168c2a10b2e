package dev.twolayer.train;

/**
 * SGD with momentum, PyTorch semantics: on the first step {@code v = g}, afterwards
 * {@code v = mu * v + (1 - dampening) * g}; then {@code p -= lr * v}, or with Nesterov {@code p -= lr * (g + mu * v)}.
 */
public final class Momentum implements Optimizer {
    private final int size;
    private final float mu, dampening;
    private final boolean nesterov;
    private final float[] velocity;
    private boolean started;

    public Momentum(int size, double mu, double dampening, boolean nesterov) {
        if (size < 1) throw new IllegalArgumentException("parameter count must be >= 1, got " + size);
        validate(mu, dampening, nesterov);
        this.size = size;
        this.mu = (float) mu;
        this.dampening = (float) dampening;
        this.nesterov = nesterov;
        this.velocity = new float[size];
    }

    static void validate(double mu, double dampening, boolean nesterov) {
        if (!(mu >= 0 && mu < 1)) throw new IllegalArgumentException("momentum must be in [0, 1), got " + mu);
        if (!(dampening >= 0 && dampening <= 1)) throw new IllegalArgumentException("dampening must be in [0, 1], got " + dampening);
        if (nesterov && (mu == 0 || dampening != 0))
            throw new IllegalArgumentException("Nesterov momentum needs momentum > 0 and zero dampening (as in PyTorch)");
    }

    @Override public void step(float[] params, float[] grad, double lr) {
        Optimizers.requireSizes(size, params, grad);
        float h = (float) lr;
        float[] v = velocity;
        if (!started) {
            System.arraycopy(grad, 0, v, 0, size);   // PyTorch: buf = clone(grad) on the first step, no dampening
            started = true;
        } else {
            float keep = 1f - dampening;
            for (int i = 0; i < size; i++) v[i] = mu * v[i] + keep * grad[i];
        }
        if (nesterov) for (int i = 0; i < size; i++) params[i] -= h * (grad[i] + mu * v[i]);
        else for (int i = 0; i < size; i++) params[i] -= h * v[i];
    }

    @Override public void reset() {
        java.util.Arrays.fill(velocity, 0f);
        started = false;
    }

    @Override public int size() { return size; }
}
