package dev.twolayer.kernel;

import java.lang.management.ManagementFactory;
import java.util.Random;

/**
 * Calls VectorBody{512,256,128}.residualLanes alone (200 rows, as AllocationTest check 14) in rounds of 20,000 calls
 * and prints the least bytes this thread allocated in a round, of 60 rounds. Run with -XX:TypeProfileWidth=0 to see
 * whether the method's compiled code needs receiver profiles (args: bits).
 */
public final class ResidualLanesProbe {
    public static void main(String[] a) {
        int bits = Integer.parseInt(a[0]);
        VectorBody body = bits == 512 ? new VectorBody512() : bits == 256 ? new VectorBody256() : new VectorBody128();
        int n = 200, L = body.lanes();
        Random rnd = new Random(1);
        float[] out = new float[n], y = new float[n], e = new float[n];
        for (int i = 0; i < n; i++) { out[i] = (float) rnd.nextGaussian(); y[i] = (float) rnd.nextGaussian(); }
        double[] lanes = new double[2 * L];
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId(), least = Long.MAX_VALUE;
        double sink = 0;
        for (int round = 0; round < 60; round++) {
            long b0 = mx.getThreadAllocatedBytes(tid);
            for (int c = 0; c < 20_000; c++) {
                java.util.Arrays.fill(lanes, 0.0);
                body.residualLanes(out, y, 0, n, 0.74f, e, lanes, 0);
                sink += lanes[c & (2 * L - 1)];
            }
            least = Math.min(least, mx.getThreadAllocatedBytes(tid) - b0);
        }
        System.out.println("bits=" + bits + " least bytes in a round of 20000 calls: " + least + " (" + (sink != 0) + ")");
    }
}
