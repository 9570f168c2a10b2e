package dev.twolayer.train;

/** {@code p -= lr * g}: gradient descent with no state. */
public final class Sgd implements Optimizer {
    private final int size;

    public Sgd(int size) {
        if (size < 1) throw new IllegalArgumentException("parameter count must be >= 1, got " + size);
        this.size = size;
    }

    @Override public void step(float[] params, float[] grad, double lr) {
        Optimizers.requireSizes(size, params, grad);
        float h = (float) lr;
        for (int i = 0; i < size; i++) params[i] -= h * grad[i];
    }

    @Override public void reset() {}

    @Override public int size() { return size; }
}
