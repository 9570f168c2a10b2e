package dev.twolayer.experiments;

import dev.twolayer.model.Seeds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class ExperimentRunnerTest {

    /** A run whose result depends on its seed and whose duration varies, so completion order differs by thread count. */
    private static double[] work(int r, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int len = 1 + rng.nextInt(2000);
        double s = 0;
        for (int i = 0; i < len; i++) s += rng.nextGaussian();
        return new double[] {r, s, len};
    }

    @Test
    void identicalResultsForOneAndTwoThreads() {
        ExperimentRunner.Outcome<double[]> one = new ExperimentRunner(1).run(57, 1234L, ExperimentRunnerTest::work, null);
        ExperimentRunner.Outcome<double[]> two = new ExperimentRunner(2).run(57, 1234L, ExperimentRunnerTest::work, null);
        ExperimentRunner.Outcome<double[]> three = new ExperimentRunner(3).run(57, 1234L, ExperimentRunnerTest::work, null);
        assertFalse(one.partial());
        assertEquals(57, one.completed());
        for (int r = 0; r < 57; r++) {
            assertArrayEquals(one.results().get(r), two.results().get(r), "run " + r);
            assertArrayEquals(one.results().get(r), three.results().get(r), "run " + r);
            assertEquals(r, one.results().get(r)[0]);
        }
        // seeds really are the derived ones
        assertArrayEquals(work(5, Seeds.derive(1234L, 5)), one.results().get(5));
        // a different master seed gives different results
        assertNotEquals(one.results().get(0)[1], new ExperimentRunner(1).run(1, 99L, ExperimentRunnerTest::work, null).results().get(0)[1]);
    }

    @Test
    void progressCountsEveryRun() {
        AtomicInteger calls = new AtomicInteger(), last = new AtomicInteger();
        new ExperimentRunner(2).run(20, 1L, ExperimentRunnerTest::work, (done, total, el, eta) -> {
            calls.incrementAndGet();
            assertEquals(20, total);
            last.accumulateAndGet(done, Math::max);
        });
        assertEquals(20, calls.get());
        assertEquals(20, last.get());
    }

    @Test
    void cancellationReturnsCompletedRunsMarkedPartial() throws Exception {
        ExperimentRunner runner = new ExperimentRunner(2);
        CountDownLatch fiveDone = new CountDownLatch(5);
        Thread canceller = new Thread(() -> {
            try {
                if (fiveDone.await(20, TimeUnit.SECONDS)) runner.cancel();
            } catch (InterruptedException ignored) { }
        });
        canceller.start();
        ExperimentRunner.Outcome<Integer> out = runner.run(1000, 7L, (r, seed) -> {
            if (r >= 5) Thread.sleep(10_000); // later runs block until interrupted by the cancel
            return r;
        }, (done, total, el, eta) -> fiveDone.countDown());
        canceller.join();
        assertTrue(out.partial());
        assertTrue(runner.isCancelled());
        assertEquals(5, out.completed());
        List<Integer> got = out.completedResults();
        assertEquals(List.of(0, 1, 2, 3, 4), got);
        assertNull(out.results().get(999));
        // sticky: a later batch on the same runner returns at once, partial
        assertTrue(runner.run(3, 7L, (r, s) -> r, null).partial());
    }

    @Test
    void interruptingTheCallerCancels() throws Exception {
        ExperimentRunner runner = new ExperimentRunner(1);
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try { Thread.sleep(200); } catch (InterruptedException ignored) { }
            caller.interrupt();
        });
        interrupter.start();
        ExperimentRunner.Outcome<Integer> out = runner.run(10, 1L, (r, s) -> { Thread.sleep(r == 0 ? 0 : 60_000); return r; }, null);
        interrupter.join();
        Thread.interrupted();
        assertTrue(out.partial());
        assertEquals(1, out.completed());
    }

    @Test
    void failingRunIsReportedWithItsIndex() {
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> new ExperimentRunner(2).run(10, 1L, (r, s) -> { if (r == 3) throw new IllegalStateException("boom"); return r; }, null));
        assertTrue(e.getMessage().contains("run 3"), e.getMessage());
    }
}
