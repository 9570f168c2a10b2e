package dev.twolayer.bench;

import dev.twolayer.kernel.Kernel;
import dev.twolayer.kernel.ScalarKernel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FixtureTest {

    /** With batches = 3 the train step takes rows [0, 2), [2, 4), [4, 6), then [0, 2) again. */
    @Test
    void trainStepTakesTheBatchesInTurn() {
        try (Fixture f = Fixture.create("scalar", 3, 4, 2, 3)) {
            assertEquals(3 * 2 * 3, f.x.length);
            float[] replay = f.params.clone(), grad = new float[f.spec.paramCount()];
            Kernel ref = new ScalarKernel();
            Kernel.Workspace ws = ref.newWorkspace(f.spec, 2);
            for (int step = 0; step < 5; step++) {
                double expected = ref.sgdStep(f.spec, replay, f.x, f.y, null, (step % 3) * 2, 2, f.lossScale,
                        Fixture.LEARNING_RATE, grad, ws);
                assertEquals(expected, f.trainStep(false), "loss of step " + step);
                assertArrayEquals(replay, f.params, "parameters after step " + step);
            }
        }
    }

    /**
     * Batch 1 with several samples: each step's target comes from a cycle of its own, so a sample meets a new target
     * on each visit (fixed pairs were fitted exactly within a run); each step is the kernel's step on the x row and
     * the target it was given.
     */
    @Test
    void batchOneSamplesMeetNewTargets() {
        try (Fixture f = Fixture.create("scalar", 3, 4, 1, 2)) {
            Kernel ref = new ScalarKernel();
            Kernel.Workspace ws = ref.newWorkspace(f.spec, 1);
            float[] replay = f.params.clone(), grad = new float[f.spec.paramCount()];
            float[] seen = new float[6];
            for (int step = 0; step < 6; step++) {
                double loss = f.trainStep(false);
                int row = step % 2;
                seen[step] = f.y[row];
                assertEquals(ref.sgdStep(f.spec, replay, f.x, f.y, null, row, 1, f.lossScale, Fixture.LEARNING_RATE,
                        grad, ws), loss, "loss of step " + step);
                assertArrayEquals(replay, f.params, "parameters after step " + step);
            }
            assertNotEquals(seen[0], seen[2]); // sample 0's target on its first and second visits
            assertNotEquals(seen[2], seen[4]);
        }
    }

    @Test
    void oneBatchIsTakenEveryStep() {
        try (Fixture f = Fixture.create("scalar", 2, 3, 4)) {
            assertEquals(1, f.batches);
            assertEquals(4 * 2, f.x.length);
            double first = f.trainStep(false), second = f.trainStep(false);
            assertNotEquals(first, second); // the same data, the parameters stepped
        }
    }

    @Test
    void badBatchCountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fixture.create("scalar", 2, 3, 4, 0));
        assertTrue(e.getMessage().contains("batches"), e.getMessage());
    }
}
