package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** Times each phase of a VectorKernel sgdStep, run on 1 thread (parts inline) or on a ParallelKernel's pool. */
public final class PhaseTiming {
    static double sink;
    static final String[] NAMES = {"PACK","Z_ROWS","Z_UNITS","OUTPUT","BACKWARD","SAMPLES_Y","SAMPLES_GRAD","UPDATE","PACK_X"};
    public static void main(String[] a) throws Exception {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        int reps = a.length > 3 ? Integer.parseInt(a[3]) : 30; int parts = Integer.getInteger("parts", 2);
        ModelSpec spec = ModelSpec.of(d, k);
        SplittableRandom rng = new SplittableRandom(2024);
        float[] params = Init.he().create(spec, 2024).params();
        float[] x = new float[rows * d], y = new float[rows], grad = new float[spec.paramCount()];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) rng.nextGaussian();
        VectorKernel vk = new VectorKernel(512);
        VectorWorkspace ws = (VectorWorkspace) vk.newWorkspace(spec, rows);
        ParallelKernel pk = new ParallelKernel(vk, 2);
        double ls = Loss.HALF_MSE.scale(rows);
        for (int threads : new int[] {1, 2, 1, 2}) {
            long[][] acc = new long[9][reps];
            long[] total = new long[reps];
            long[] cur = new long[9];
            VectorKernel.PartRunner inline = (st, ph, np) -> { long t0 = System.nanoTime(); for (int q = 0; q < np; q++) st.part(ph, q, np); cur[ph] += System.nanoTime() - t0; };
            VectorKernel.PartRunner pool = (st, ph, np) -> { long t0 = System.nanoTime(); pk.runParts(st, ph, np); cur[ph] += System.nanoTime() - t0; };
            VectorKernel.PartRunner r = threads == 1 ? inline : pool;
            for (int w = 0; w < reps / 3 + 3; w++) sink += vk.forwardBackward(spec, params, x, y, null, 0, rows, ls, grad, ws, r, parts, true, false, 1e-6f);
            for (int rep = 0; rep < reps; rep++) {
                Arrays.fill(cur, 0);
                long t0 = System.nanoTime();
                sink += vk.forwardBackward(spec, params, x, y, null, 0, rows, ls, grad, ws, r, parts, true, false, 1e-6f);
                total[rep] = System.nanoTime() - t0;
                for (int p = 0; p < 9; p++) acc[p][rep] = cur[p];
            }
            StringBuilder sb = new StringBuilder(String.format("d=%d k=%d B=%d %dT total %.0f us |", d, k, rows, threads, med(total) / 1e3));
            long sum = 0;
            for (int p = 0; p < 9; p++) { long m = med(acc[p]); if (m > 0) sb.append(String.format(" %s %.0f", NAMES[p], m / 1e3)); sum += m; }
            sb.append(String.format(" | other %.0f", (med(total) - sum) / 1e3));
            System.out.println(sb);
        }
        pk.close();
    }
    static long med(long[] v) { long[] s = v.clone(); Arrays.sort(s); return s[s.length / 2]; }
}
