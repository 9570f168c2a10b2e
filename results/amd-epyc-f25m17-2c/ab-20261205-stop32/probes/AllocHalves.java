package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
public final class AllocHalves {
    public static void main(String[] a) throws Exception {
        var tb = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        ModelSpec spec = ModelSpec.of(d, k);
        float[] params = Init.he().create(spec, 7).params();
        float[] x = new float[d];
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        VectorKernel vk = new VectorKernel();
        var bf = VectorKernel.class.getDeclaredField("body"); bf.setAccessible(true);
        VectorBody body = (VectorBody) bf.get(vk);
        VectorWorkspace w = (VectorWorkspace) vk.newWorkspace(spec, 1);
        int offB = spec.offsetB(), offA = spec.offsetA();
        float sink = 0;
        float[] gk = new float[spec.paramCount()];
        for (int round = 0; round < 6; round++) {
            long b0 = tb.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 20000; i++) sink += body.dotRowOutput(x, 0, d, params, k, offB, offA, 0f, 0f, w.z);
            long b1 = tb.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 20000; i++) body.dotRowGrad(x, 0, d, 0.3f, params, k, offB, offA, 0f, true, null, params, 1e-9f, w.z, w.gp);
            long b2 = tb.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 20000; i++) body.dotRowGrad(x, 0, d, 0.3f, params, k, offB, offA, 0f, true, gk, params, 1e-9f, w.z, w.gp);
            long b3 = tb.getCurrentThreadAllocatedBytes();
            if (round == 5) System.out.printf("d=%d k=%d out %.1f grad %.1f gradKeep %.1f B a call%n", d, k, (b1 - b0) / 2e4, (b2 - b1) / 2e4, (b3 - b2) / 2e4);
        }
        if (sink == 42) System.out.println();
    }
}
