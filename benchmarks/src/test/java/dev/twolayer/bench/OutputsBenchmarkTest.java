package dev.twolayer.bench;

import dev.twolayer.model.ModelSpec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

class OutputsBenchmarkTest {

    /** The spec is the plain net with m outputs; FLOPs count the hidden and the output layer. */
    @Test
    void specAndFlops() {
        assertEquals(ModelSpec.of(16, 64), OutputsBenchmark.spec(16, 64, 1));
        assertEquals(ModelSpec.builder(16, 64).outputs(4).build(), OutputsBenchmark.spec(16, 64, 4));
        assertEquals(4L * 32 * 16 * 64 + 6L * 32 * 64 * 4, OutputsBenchmark.flops(16, 64, 4, 32));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputsBenchmark.spec(16, 64, 0));
        assertTrue(e.getMessage().contains("m must be >= 1"), e.getMessage());
    }

    /** Fixtures of every m on the @Param list take steps like the scalar oracle (checked in create) and change. */
    @Test
    void fixturesOfEveryOutputCountStep() throws Exception {
        String[] ms = OutputsBenchmark.class.getField("m").getAnnotation(org.openjdk.jmh.annotations.Param.class)
                .value();
        for (String m : ms)
            for (int batch : new int[] {1, 5, 40})
                try (Fixture f = Fixture.create("vector", OutputsBenchmark.spec(16, 20, Integer.parseInt(m)), batch,
                        1)) {
                    float[] before = f.params.clone();
                    double loss = f.trainStep(false);
                    assertTrue(Double.isFinite(loss), "m=" + m + " batch=" + batch);
                    assertFalse(Arrays.equals(before, f.params), "m=" + m + " batch=" + batch + ": nothing changed");
                }
    }
}
