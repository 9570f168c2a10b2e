package dev.twolayer.kernel;
import java.util.*;
import java.util.concurrent.atomic.*;
import dev.twolayer.model.*;
/** Per-part times of each phase with 2 parts: inline (one thread) vs a spinning helper thread. */
public final class PartTime {
    static double sink; static final int SKIP = Integer.getInteger("skip", -1);
    static final String[] NAMES = {"PACK","Z_ROWS","Z_UNITS","OUTPUT","BACKWARD","SAMPLES_Y","SAMPLES_GRAD","UPDATE",};
    static volatile VectorKernel.Step job; static volatile int jobPhase, jobParts; static final AtomicInteger go = new AtomicInteger(), done = new AtomicInteger();
    static final long[] helperNs = new long[1];
    public static void main(String[] a) throws Exception {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        int reps = Integer.parseInt(a[3]);
        ModelSpec spec = ModelSpec.of(d, k);
        SplittableRandom rng = new SplittableRandom(2024);
        float[] params = Init.he().create(spec, 2024).params();
        float[] x = new float[rows * d], y = new float[rows], grad = new float[spec.paramCount()];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) rng.nextGaussian();
        VectorKernel vk = new VectorKernel(512);
        VectorWorkspace ws = (VectorWorkspace) vk.newWorkspace(spec, rows);
        Thread h = new Thread(() -> { int seen = 0; while (true) { int g; while ((g = go.get()) == seen) Thread.onSpinWait(); seen = g; long t0 = System.nanoTime(); job.part(jobPhase, 1, jobParts); helperNs[0] = System.nanoTime() - t0; done.incrementAndGet(); } });
        h.setDaemon(true); h.start();
        double ls = Loss.HALF_MSE.scale(rows);
        for (int mode : new int[] {1, 2, 1, 2}) {
            long[][] p0 = new long[8][reps], p1 = new long[8][reps];
            long[] c0 = new long[8], c1 = new long[8];
            VectorKernel.PartRunner inline = (st, ph, np) -> { for (int q = 0; q < np; q++) { long t0 = System.nanoTime(); st.part(ph, q, np); (q == 0 ? c0 : c1)[ph] += System.nanoTime() - t0; } };
            VectorKernel.PartRunner two = (st, ph, np) -> {
                if (SKIP >= 0 && ph == SKIP) return; if (np != 2) { for (int q = 0; q < np; q++) st.part(ph, q, np); return; }
                job = st; jobPhase = ph; jobParts = np; int dn = done.get(); go.incrementAndGet();
                long t0 = System.nanoTime(); st.part(ph, 0, np); c0[ph] += System.nanoTime() - t0;
                while (done.get() == dn) Thread.onSpinWait();
                c1[ph] += helperNs[0];
            };
            VectorKernel.PartRunner r = mode == 1 ? inline : two;
            for (int w = 0; w < reps / 3 + 3; w++) sink += vk.forwardBackward(spec, params, x, y, null, 0, rows, ls, grad, ws, r, 2, true, false, 1e-6f);
            long[] total = new long[reps];
            for (int rep = 0; rep < reps; rep++) {
                Arrays.fill(c0, 0); Arrays.fill(c1, 0);
                long t0 = System.nanoTime();
                sink += vk.forwardBackward(spec, params, x, y, null, 0, rows, ls, grad, ws, r, 2, true, false, 1e-6f);
                total[rep] = System.nanoTime() - t0;
                for (int p = 0; p < 8; p++) { p0[p][rep] = c0[p]; p1[p][rep] = c1[p]; }
            }
            StringBuilder sb = new StringBuilder(String.format("d=%d k=%d B=%d %s total %.0f |", d, k, rows, mode == 1 ? "inline" : "2thr  ", med(total) / 1e3));
            for (int p = 0; p < 8; p++) { long m0 = med(p0[p]), m1 = med(p1[p]); if (m0 + m1 > 0) sb.append(String.format(" %s %.0f/%.0f", NAMES[p], m0 / 1e3, m1 / 1e3)); }
            System.out.println(sb);
        }
    }
    static long med(long[] v) { long[] s = v.clone(); Arrays.sort(s); return s[s.length / 2]; }
}
