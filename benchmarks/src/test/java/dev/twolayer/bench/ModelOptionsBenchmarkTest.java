package dev.twolayer.bench;

import dev.twolayer.model.ModelSpec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

class ModelOptionsBenchmarkTest {

    /** Each option is the plain net with that one thing changed, and the @Param list is the same as OPTIONS. */
    @Test
    void eachOptionChangesOneThing() throws Exception {
        ModelSpec plain = ModelOptionsBenchmark.spec("plain", 16, 16);
        assertEquals(ModelSpec.of(16, 16), plain);
        assertEquals(plain.toBuilder().leakySlope(0.01).build(), ModelOptionsBenchmark.spec("leaky", 16, 16));
        assertEquals(plain.toBuilder().outputTrainable(false).build(),
                ModelOptionsBenchmark.spec("fixedOutput", 16, 16));
        assertEquals(plain.toBuilder().biases(false).build(), ModelOptionsBenchmark.spec("noBiases", 16, 16));
        assertEquals(plain.toBuilder().identityMapping(true).build(), ModelOptionsBenchmark.spec("identity", 16, 16));
        String[] params = ModelOptionsBenchmark.class.getField("option")
                .getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
        assertArrayEquals(ModelOptionsBenchmark.OPTIONS, params, Arrays.toString(params));
    }

    @Test
    void badOptionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelOptionsBenchmark.spec("sigmoid", 16, 16));
        assertTrue(e.getMessage().contains("sigmoid") && e.getMessage().contains("identity"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ModelOptionsBenchmark.spec("identity", 16, 64));
        assertTrue(e.getMessage().contains("k == d"), e.getMessage());
    }

    /** A fixture for a spec with options takes steps like the scalar oracle (checked in create) and they change it. */
    @Test
    void optionFixturesStep() {
        for (String option : ModelOptionsBenchmark.OPTIONS)
            try (Fixture f = Fixture.create("vector", ModelOptionsBenchmark.spec(option, 16, 16), 3, 1)) {
                float[] before = f.params.clone();
                double loss = f.trainStep(false);
                assertTrue(Double.isFinite(loss), option);
                assertFalse(Arrays.equals(before, f.params), option + ": the step changed nothing");
            }
    }
}
