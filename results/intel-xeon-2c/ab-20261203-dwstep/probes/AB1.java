package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** One JVM, the same arrays: alternates variants (row blocks on/off, fused step on/off) step by step; median us each. */
public final class AB1 {
    static double sink;
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]), reps = Integer.parseInt(a[3]);
        ModelSpec spec = ModelSpec.of(d, k);
        SplittableRandom rng = new SplittableRandom(2024);
        float[] params = Init.he().create(spec, 2024).params();
        float[] x = new float[rows * d], y = new float[rows], grad = new float[spec.paramCount()];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) rng.nextGaussian();
        VectorKernel vk = new VectorKernel(512);
        Kernel.Workspace ws = vk.newWorkspace(spec, rows);
        String[] names = {"both", "no-rowblocks", "no-fuse", "neither"};
        long[][] t = new long[4][reps];
        for (int rep = -reps / 3; rep < reps; rep++)
            for (int v = 0; v < 4; v++) {
                VectorBody.dwRows = (v & 1) != 0 ? 1 << 30 : 128;
                VectorKernel.Step.noFuse = (v & 2) != 0;
                long t0 = System.nanoTime();
                sink += vk.sgdStep(spec, params, x, y, null, 0, rows, 1.0 / rows, 1e-6f, grad, false, ws);
                if (rep >= 0) t[v][rep] = System.nanoTime() - t0;
            }
        StringBuilder sb = new StringBuilder(String.format("d=%d k=%d B=%d", d, k, rows));
        for (int v = 0; v < 4; v++) { long[] s = t[v].clone(); Arrays.sort(s); sb.append(String.format(" | %s %.1f", names[v], s[reps / 2] / 1e3)); }
        System.out.println(sb);
    }
}
