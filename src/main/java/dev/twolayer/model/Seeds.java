package dev.twolayer.model;

import java.util.SplittableRandom;

/**
 * Seed derivation: every random choice in twolayer comes from a {@link SplittableRandom} whose seed is derived
 * from a master seed and a stream index, so run r of an experiment is the same whatever thread runs it.
 */
public final class Seeds {
    private Seeds() {}

    /** A well-mixed 64-bit seed for stream {@code index} of {@code master} (SplitMix64 finaliser on both). */
    public static long derive(long master, long index) {
        return mix(mix(master) ^ (0x9E3779B97F4A7C15L * (index + 1)));
    }

    /** An independent generator for stream {@code index} of {@code master}. */
    public static SplittableRandom stream(long master, long index) {
        return new SplittableRandom(derive(master, index));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
