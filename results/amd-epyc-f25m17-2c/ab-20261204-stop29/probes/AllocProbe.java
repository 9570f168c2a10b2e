package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
import java.lang.management.ManagementFactory;
public final class AllocProbe {
    public static void main(String[] a) {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        VectorKernel vk512 = new VectorKernel(512), vk256 = new VectorKernel(256);
        for (String s : a) {
            String[] f = s.split(",");
            int k = Integer.parseInt(f[0]), rows = Integer.parseInt(f[1]); VectorKernel vk = f.length > 2 ? vk256 : vk512;
            ModelSpec spec = ModelSpec.of(1, k);
            float[] p = Init.he().create(spec, 7).params();
            float[] x = new float[rows], y = new float[rows], g = new float[spec.paramCount()];
            Random r = new Random(3);
            for (int i = 0; i < rows; i++) { x[i] = (float) r.nextGaussian(); y[i] = (float) r.nextGaussian(); }
            Kernel.Workspace w = vk.newWorkspace(spec, rows);
            for (int round = 0; round < 30; round++) {
                long b0 = bean.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < 1000; i++) vk.forwardBackward(spec, p, x, y, null, 0, rows, 1e-3, g, w);
                long b1 = bean.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                for (int i = 0; i < 20000; i++) vk.forwardBackward(spec, p, x, y, null, 0, rows, 1e-3, g, w);
                long t1 = System.nanoTime();
                if (round % 10 == 9) System.out.println(s + " round " + round + ": " + (b1 - b0) + " bytes / 1000 calls, " + (t1 - t0) / 20000 + " ns a call");
            }
        }
    }
}
