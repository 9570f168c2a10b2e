package dev.twolayer.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Marks the Vector API's long-to-float conversion check (FloatSpecies.longToElementBits) as a branch that throws,
 * so C2 keeps its call in every compile that inlines a masked access's bounds check; then runs one AllocationTest
 * check (args: index, bits).
 */
public final class PoisonedCheck {
    public static void main(String[] a) {
        int thrown = 0;
        for (VectorSpecies<Float> s : java.util.List.of(FloatVector.SPECIES_128, FloatVector.SPECIES_256,
                FloatVector.SPECIES_512))
            for (int i = 0; i < 5000; i++) {
                try {
                    FloatVector.zero(s).broadcast(Long.MAX_VALUE - i);
                } catch (IllegalArgumentException e) {
                    thrown++;
                }
            }
        if (thrown == 0) throw new AssertionError("nothing thrown");
        AllocationTest.main(a);
    }
}
