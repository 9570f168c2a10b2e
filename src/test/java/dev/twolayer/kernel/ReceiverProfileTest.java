package dev.twolayer.kernel;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Vector code that must not need the JIT's receiver profiles allocates nothing once warm in a JVM that keeps none
 * ({@code -XX:TypeProfileWidth=0}). Why: where a vector's class is not known exactly while C2 parses (a loop's sums, a
 * call inlined late), C2 binds its methods by the profile of the Vector API's shared methods, and boxes the vector
 * where that profile is empty. {@link VectorBody#residualLanes} was the one user of DoubleVector's methods, so only it
 * fed their profiles, and where C1 compiled it without profiling (tier 2, when C2's queue is long) its sums were boxed
 * on every call: AllocationTest check 14 at 512 bits failed in about 1 fresh JVM of 30-40 with 57.6 MB a round.
 * Without profiles that failure is certain (9.6 KB a call at 512 bits), so this test catches its return in every run,
 * in a second. AllocationTest runs all its checks without profiles too (the narrower widths, and aligned objects at
 * the preferred width), since stop 52 has every float kernel's carried vectors made exact as well.
 */
class ReceiverProfileTest {

    @Test
    void residualLanesNeedsNoReceiverProfile() throws Exception {
        assumeTrue(Kernels.vectorAvailable(), "no Vector API module");
        int preferred = jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize();
        // one width a JVM, as AllocationTest: two widths in one JVM make the shared methods see two classes
        for (int bits = 128; bits <= Math.min(preferred, 512); bits *= 2) {
            ForkedJvm.Result r = ForkedJvm.run(ReceiverProfileTest.class, List.of(ForkedJvm.NO_RECEIVER_PROFILES),
                    Integer.toString(bits));
            if (r.exitCode() == 2) org.junit.jupiter.api.Assumptions.abort(r.output());
            assertEquals(0, r.exitCode(), "residualLanes at " + bits + " bits without receiver profiles:\n"
                    + r.output());
        }
    }

    /**
     * residualLanes over 200 rows (check 14's), in rounds of 20,000 calls: exit 0 once a round allocates nothing (at
     * least 30 rounds, then up to 20 s while C2 compiles), 1 with the least bytes of a round if none did, 2 when this
     * JVM cannot measure allocation (args: bits).
     */
    public static void main(String[] args) {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        if (!bean.isThreadAllocatedMemorySupported() || !bean.isThreadAllocatedMemoryEnabled()) {
            System.out.println("skipped: no per-thread allocation counts");
            System.exit(2);
        }
        int bits = Integer.parseInt(args[0]);
        VectorBody body = bits == 512 ? new VectorBody512() : bits == 256 ? new VectorBody256() : new VectorBody128();
        int n = 200, L = body.lanes();
        Random rnd = new Random(17);
        float[] out = Fixture.gaussian(n, rnd), y = Fixture.gaussian(n, rnd), e = new float[n];
        double[] lanes = new double[2 * L];
        long least = Long.MAX_VALUE, deadline = System.nanoTime() + 20_000_000_000L;
        double seen = 0;
        for (int round = 0; (round < 30 || System.nanoTime() < deadline) && least > 0; round++) {
            long before = bean.getCurrentThreadAllocatedBytes();
            for (int c = 0; c < 20_000; c++) {
                java.util.Arrays.fill(lanes, 0.0);
                body.residualLanes(out, y, 0, n, 0.74f, e, lanes, 0);
                seen += lanes[c & (L - 1)];
            }
            least = Math.min(least, bean.getCurrentThreadAllocatedBytes() - before);
        }
        if (!(seen > 0)) { // the sums of squares are positive: a loop that did nothing fails too
            System.out.println("residualLanes summed nothing");
            System.exit(1);
        }
        System.out.println("bits=" + bits + ": least bytes in a round of 20,000 calls " + least);
        System.exit(least == 0 ? 0 : 1);
    }
}
