package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** Per-phase times of a one-thread step (parts=1), plus residual/other as total minus phases. */
public final class PT1 {
    static double sink;
    static final String[] NAMES = {"PACK","Z_ROWS","Z_UNITS","OUTPUT","BACKWARD","SAMPLES_Y","SAMPLES_GRAD","UPDATE","PACK_X"};
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]), reps = Integer.parseInt(a[3]);
        ModelSpec spec = ModelSpec.of(d, k);
        SplittableRandom rng = new SplittableRandom(2024);
        float[] params = Init.he().create(spec, 2024).params();
        float[] x = new float[rows * d], y = new float[rows], grad = new float[spec.paramCount()];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) rng.nextGaussian();
        VectorKernel vk = new VectorKernel(512);
        VectorWorkspace ws = (VectorWorkspace) vk.newWorkspace(spec, rows);
        long[] c = new long[9];
        VectorKernel.TIMER = (st, ph, np) -> { long t0 = System.nanoTime(); st.part(ph, 0, 1); c[ph] += System.nanoTime() - t0; };
        double ls = Loss.HALF_MSE.scale(rows);
        for (int round = 0; round < 3; round++) {
            long[][] p = new long[9][reps]; long[] total = new long[reps];
            for (int w = 0; w < reps / 2 + 3; w++) sink += vk.sgdStep(spec, params, x, y, null, 0, rows, ls, 1e-6f, grad, false, ws);
            for (int rep = 0; rep < reps; rep++) {
                Arrays.fill(c, 0);
                long t0 = System.nanoTime();
                sink += vk.sgdStep(spec, params, x, y, null, 0, rows, ls, 1e-6f, grad, false, ws);
                total[rep] = System.nanoTime() - t0;
                for (int q = 0; q < 9; q++) p[q][rep] = c[q];
            }
            double flop = 4.0 * rows * d * k;
            StringBuilder sb = new StringBuilder(String.format("d=%d k=%d B=%d total %.1f us (%.1f GF/s) |", d, k, rows, med(total) / 1e3, flop / med(total)));
            long sum = 0;
            for (int q = 0; q < 9; q++) { long m = med(p[q]); sum += m; if (m > 0) sb.append(String.format(" %s %.1f", NAMES[q], m / 1e3)); }
            sb.append(String.format(" | rest %.1f", (med(total) - sum) / 1e3));
            System.out.println(sb);
        }
    }
    static long med(long[] v) { long[] s = v.clone(); Arrays.sort(s); return s[s.length / 2]; }
}
