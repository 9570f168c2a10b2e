package dev.twolayer.train;

/** Shared argument checks of the optimisers. */
final class Optimizers {
    private Optimizers() {}

    static void requireSizes(int size, float[] params, float[] grad) {
        if (params.length != size || grad.length != size)
            throw new IllegalArgumentException("optimiser made for " + size + " parameters got params of length "
                    + params.length + " and gradient of length " + grad.length);
    }
}
