package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** bytes allocated per batch-1 call (forwardBackward, sgdStep kept and not) for d x k shapes, after warm-up. */
public final class AllocDot {
    public static void main(String[] a) {
        var tb = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (String shape : a) {
            String[] f = shape.split("x");
            int d = Integer.parseInt(f[0]), k = Integer.parseInt(f[1]);
            ModelSpec spec = ModelSpec.of(d, k);
            SplittableRandom rng = new SplittableRandom(7);
            float[] params = Init.he().create(spec, 7).params();
            float[] x = new float[d], grad = new float[spec.paramCount()], y = {0.5f};
            for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
            VectorKernel vk = new VectorKernel();
            Kernel.Workspace w = vk.newWorkspace(spec, 1);
            float[] stepped = params.clone();
            for (int round = 0; round < 6; round++) {
                long b0 = tb.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < 20000; i++) {
                    vk.forwardBackward(spec, params, x, y, null, 0, 1, 0.5, grad, w);
                    vk.sgdStep(spec, stepped, x, y, null, 0, 1, 0.5, 1e-6f, grad, w);
                    vk.sgdStep(spec, stepped, x, y, null, 0, 1, 0.5, 1e-6f, grad, false, w);
                }
                long b1 = tb.getCurrentThreadAllocatedBytes();
                System.out.printf("%s round %d: %.1f B a call%n", shape, round, (b1 - b0) / 60000.0);
            }
        }
    }
}
