package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Throwaway timing harness (not a test): median time per forwardBackward and GFLOP/s. Args: bits d k batch ... */
public final class VectorKernelTiming {
    public static void main(String[] args) {
        int bits = Integer.parseInt(args[0]);
        double peak = 216;
        for (int a = 1; a + 2 < args.length; a += 3) {
            int d = Integer.parseInt(args[a]), k = Integer.parseInt(args[a + 1]), n = Integer.parseInt(args[a + 2]);
            ModelSpec spec = ModelSpec.of(d, k);
            Kernel kernel = new VectorKernel(bits);
            SplittableRandom rnd = new SplittableRandom(1);
            float[] p = new float[spec.paramCount()], x = new float[n * d], y = new float[n];
            for (int i = 0; i < p.length; i++) p[i] = (float) (rnd.nextGaussian() / Math.sqrt(d));
            for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextGaussian();
            for (int i = 0; i < y.length; i++) y[i] = (float) rnd.nextGaussian();
            float[] g = new float[p.length];
            Kernel.Workspace ws = kernel.newWorkspace(spec, n);
            double flops = spec.flopsForwardBackward(n);
            int reps = (int) Math.max(1, Math.min(2_000_000, 2e7 / flops)); // ~0.2 ms samples: short enough to dodge preemption
            double[] t = new double[Integer.getInteger("samples", 400)];
            double sink = 0;
            for (int r = 0; r < t.length + 100; r++) {
                long t0 = System.nanoTime();
                for (int q = 0; q < reps; q++) sink += kernel.forwardBackward(spec, p, x, y, null, 0, n, 1.0 / n, g, ws);
                long t1 = System.nanoTime();
                if (r >= 100) t[r - 100] = (t1 - t0) / (double) reps;
            }
            var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long b0 = mx.getCurrentThreadAllocatedBytes();
            for (int q = 0; q < reps; q++) sink += kernel.forwardBackward(spec, p, x, y, null, 0, n, 1.0 / n, g, ws);
            double bytesPerCall = (mx.getCurrentThreadAllocatedBytes() - b0) / (double) reps;
            Arrays.sort(t);
            double ns = t[t.length / 2];
            double p10 = t[t.length / 10];
            System.out.printf("%s d=%d k=%d n=%d: median %.3f us/step %.1f GFLOP/s | p10 %.3f us %.1f GFLOP/s (%.0f%% of %.0f) | alloc %.0f B/call %s%n",
                    kernel.name(), d, k, n, ns / 1e3, flops / ns, p10 / 1e3, flops / p10, 100 * flops / p10 / peak, peak, bytesPerCall,
                    sink == 0 ? "" : "");
        }
    }
}
