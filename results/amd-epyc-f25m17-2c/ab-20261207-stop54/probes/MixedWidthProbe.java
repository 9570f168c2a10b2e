import dev.twolayer.kernel.Kernel;
import dev.twolayer.kernel.VectorKernel;
import dev.twolayer.model.ModelSpec;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

/**
 * Stop 29's mixed-width case: batch-1 steps of a kernel of one width, then of another, in one JVM; prints the bytes
 * each second-width step allocates after warm-up and its ns a step. usage: MixedWidthProbe FIRST_BITS SECOND_BITS d k
 */
public class MixedWidthProbe {
    static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static double[] run(int bits, int d, int k, int steps) {
        ModelSpec spec = ModelSpec.of(d, k);
        VectorKernel kernel = new VectorKernel(bits);
        Kernel.Workspace ws = kernel.newWorkspace(spec, 1);
        SplittableRandom r = new SplittableRandom(7);
        float[] p = new float[spec.paramCount()], x = new float[64 * d], y = new float[64], g = new float[p.length];
        for (int i = 0; i < p.length; i++) p[i] = (float) (r.nextGaussian() * 0.3);
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) r.nextGaussian();
        double sink = 0;
        long tid = Thread.currentThread().getId();
        for (int w = 0; w < steps; w++) sink += kernel.sgdStep(spec, p, x, y, null, w & 63, 1, 1.0, 1e-4f, g, false, ws);
        long b0 = MX.getThreadAllocatedBytes(tid), t0 = System.nanoTime();
        for (int w = 0; w < steps; w++) sink += kernel.sgdStep(spec, p, x, y, null, w & 63, 1, 1.0, 1e-4f, g, false, ws);
        long t1 = System.nanoTime(), b1 = MX.getThreadAllocatedBytes(tid);
        if (sink == 42) System.out.print("");
        return new double[] {(b1 - b0) / (double) steps, (t1 - t0) / (double) steps};
    }

    public static void main(String[] a) {
        int first = Integer.parseInt(a[0]), second = Integer.parseInt(a[1]), d = Integer.parseInt(a[2]),
                k = Integer.parseInt(a[3]);
        run(first, d, k, 300_000);
        double[] s = run(second, d, k, 300_000);
        System.out.printf("first %d second %d d=%d k=%d: %.1f B a step, %.1f ns a step%n", first, second, d, k, s[0], s[1]);
    }
}
