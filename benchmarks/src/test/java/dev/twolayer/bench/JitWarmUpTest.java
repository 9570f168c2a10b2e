package dev.twolayer.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** JitWarmUp on a simulated clock: each call advances it by its cost; the JIT's CPU is a function of the time. */
class JitWarmUpTest {
    private static final long MS = 1_000_000L;

    /** A fake process: calls cost {@code slow} ns until {@code jitDone}, then {@code fast}; the JIT is busy till then. */
    private static final class Sim {
        final long slow, fast, jitDone;
        long now, calls;

        Sim(long slow, long fast, long jitDone) {
            this.slow = slow;
            this.fast = fast;
            this.jitDone = jitDone;
        }

        double call() {
            now += now < jitDone ? slow : fast;
            calls++;
            return 1;
        }

        /** Hidden CPU: one busy compiler thread until jitDone. */
        long hiddenCpu() {
            return Math.min(now, jitDone);
        }
    }

    @Test
    void runsUntilTheJitHasGoneQuietForTwoWindows() {
        Sim sim = new Sim(10 * MS, MS / 10, 2_000 * MS);
        JitWarmUp.Result r = JitWarmUp.run(sim::call, () -> sim.now, sim::hiddenCpu, () -> 0, 300 * MS,
                15_000 * MS);
        assertTrue(r.settled());
        // compiling until 2 s, then two quiet windows of 100 ms
        assertTrue(r.nanos() >= 2_200 * MS && r.nanos() < 2_400 * MS, "stopped at " + r.nanos() / MS + " ms");
        assertEquals(sim.calls, r.calls());
        assertTrue(r.calls() > 200, "only the slow calls ran: " + r.calls());
    }

    @Test
    void aQuietJitFromTheStartStopsAfterTheMinimum() {
        Sim sim = new Sim(MS, MS, 0);
        JitWarmUp.Result r = JitWarmUp.run(sim::call, () -> sim.now, sim::hiddenCpu, () -> 0, 300 * MS,
                15_000 * MS);
        assertTrue(r.settled());
        assertEquals(300 * MS, r.nanos());
        assertEquals(300, r.calls());
    }

    @Test
    void aJitThatNeverGoesQuietStopsAtTheCap() {
        Sim sim = new Sim(MS, MS, Long.MAX_VALUE);
        JitWarmUp.Result r = JitWarmUp.run(sim::call, () -> sim.now, sim::hiddenCpu, () -> 0, 300 * MS,
                1_000 * MS);
        assertFalse(r.settled());
        assertEquals(1_000 * MS, r.nanos());
    }

    /** Calls that allocate (Vector API code not yet compiled by C2) keep it going while the JIT is quiet. */
    @Test
    void allocatingCallsKeepItGoing() {
        long[] now = {0}, bytes = {0};
        int[] calls = {0};
        // 1 ms a call; the first 700 calls allocate 100 KB each, then 100 B
        JitWarmUp.Result r = JitWarmUp.run(() -> {
            now[0] += MS;
            bytes[0] += calls[0]++ < 700 ? 100_000 : 100;
            return 0;
        }, () -> now[0], () -> 0, () -> bytes[0], 300 * MS, 15_000 * MS);
        assertTrue(r.settled());
        assertEquals(800 * MS, r.nanos(), "the first window without allocation (calls 700-799) ends it");
    }

    /** Windows slower than the fastest one so far (a stray slow phase) do not end the warm-up, quiet or not. */
    @Test
    void slowWindowsAfterFastOnesDoNotEndIt() {
        long[] now = {0};
        int[] calls = {0};
        // 1 ms a call, but calls 200-399 take 3 ms: from 300 ms on the windows are slow until call 400
        JitWarmUp.Result r = JitWarmUp.run(() -> {
            now[0] += calls[0] >= 200 && calls[0] < 400 ? 3 * MS : MS;
            calls[0]++;
            return 0;
        }, () -> now[0], () -> 0, () -> 0, 300 * MS, 15_000 * MS);
        assertTrue(r.settled());
        assertTrue(r.nanos() > 800 * MS && calls[0] > 400, "ended in a slow window, at " + r.nanos() / MS + " ms");
    }

    @Test
    void theRealProbeWarmsAVectorFixtureAndOthersAreLeftToJmh() {
        try (Fixture f = Fixture.create("scalar", 4, 8, 2)) {
            assertNull(f.warmUp(f::trainStep));
        }
        JitWarmUp.Result r = JitWarmUp.run(() -> Math.sqrt(System.nanoTime()));
        assertTrue(r.calls() > 0 && r.nanos() >= JitWarmUp.MIN_NANOS, r.toString());
    }
}
