package dev.twolayer.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TrainStepBenchmarkTest {

    /** By default a batch-1 run takes 64 samples in turn (one repeated sample is soon fitted exactly), others one batch. */
    @Test
    void distinctBatchesByDefault() {
        assertEquals(64, TrainStepBenchmark.distinctBatches(0, 1));
        assertEquals(1, TrainStepBenchmark.distinctBatches(0, 2));
        assertEquals(1, TrainStepBenchmark.distinctBatches(0, 4096));
        assertEquals(1, TrainStepBenchmark.distinctBatches(1, 1));
        assertEquals(7, TrainStepBenchmark.distinctBatches(7, 32));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainStepBenchmark.distinctBatches(-1, 1));
        assertTrue(e.getMessage().contains("batches"), e.getMessage());
    }

    /** The default @Param is the automatic choice. */
    @Test
    void defaultParamIsAutomatic() throws Exception {
        String[] v = TrainStepBenchmark.class.getField("batches").getAnnotation(org.openjdk.jmh.annotations.Param.class)
                .value();
        assertArrayEquals(new String[] {"0"}, v);
    }
}
