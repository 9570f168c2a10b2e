package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
public final class StepTiming {
    static double sink;
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        float lr = Float.parseFloat(a[3]);
        ModelSpec spec = ModelSpec.of(d, k);
        SplittableRandom rng = new SplittableRandom(2024);
        float[] params = Init.he().create(spec, 2024).params();
        float[] x = new float[rows * d], y = new float[rows], grad = new float[spec.paramCount()];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) rng.nextGaussian();
        VectorKernel vk = new VectorKernel(512); Kernel.Workspace ws = vk.newWorkspace(spec, rows);
        double ls = Loss.HALF_MSE.scale(rows);
        double[] t = new double[301];
        for (int rep = 0; rep < 3; rep++) {
            for (int r = 0; r < t.length; r++) {
                long t0 = System.nanoTime();
                sink += vk.sgdStep(spec, params, x, y, null, 0, rows, ls, lr, grad, false, ws);
                t[r] = (System.nanoTime() - t0) / 1e3;
            }
            double[] s = t.clone(); Arrays.sort(s);
            System.out.printf("d=%d k=%d rows=%d lr=%g: median %.1f us  p10 %.1f  p90 %.1f%n", d, k, rows, lr, s[150], s[30], s[270]);
        }
    }
}
