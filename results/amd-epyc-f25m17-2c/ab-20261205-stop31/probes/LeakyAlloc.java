package dev.twolayer.kernel;
import dev.twolayer.model.*;
import java.util.*;
/** bytes allocated per batch-1 sgdStep at d=1 (units form) with slope 0 and 0.1, after warm-up */
public final class LeakyAlloc {
    static double sink;
    public static void main(String[] a) {
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (double slope : new double[] {0.1, 0.0}) for (int k : new int[] {8, 64, 100}) for (int d : new int[] {1, 16, 40}) {
            ModelSpec spec = ModelSpec.builder(d, k).leakySlope(slope).build();
            float[] p = Init.he().create(spec, 5).params();
            float[] x = new float[d], y = {0.3f}, g = new float[spec.paramCount()];
            SplittableRandom r = new SplittableRandom(1);
            for (int i = 0; i < d; i++) x[i] = (float) r.nextGaussian();
            Kernel vk = Kernels.byName("vector");
            Kernel.Workspace w = vk.newWorkspace(spec, 1);
            for (int i = 0; i < 300_000; i++) sink += vk.sgdStep(spec, p, x, y, null, 0, 1, 0.5, 1e-6f, g, false, w);
            long b0 = mx.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 100_000; i++) sink += vk.sgdStep(spec, p, x, y, null, 0, 1, 0.5, 1e-6f, g, false, w);
            long b1 = mx.getCurrentThreadAllocatedBytes();
            System.out.printf("slope=%.1f d=%d k=%d: %.2f B/call%n", slope, d, k, (b1 - b0) / 1e5);
        }
    }
}
