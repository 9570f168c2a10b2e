package dev.twolayer.kernel;
import dev.twolayer.model.ModelSpec;
import java.util.*;
/** Per phase of a step: wall, caller part, worker part times on a 2-thread spin runner, and each part run alone. usage: PhaseProbe steps dxkxB ... [-DoddFirst=true] */
public final class PhaseProbe {
    static final boolean ODD_FIRST = Boolean.getBoolean("oddFirst");
    static final class R implements VectorKernel.PartRunner {
        volatile long seq, done;
        VectorKernel.Step step; int phase, parts; boolean serial; final long[][] ser = new long[16][3];
        final long[][] acc = new long[16][6]; // wall, caller, worker, count
        long workerT, workerStart, workerEnd;
        final Thread t;
        R() {
            t = new Thread(() -> {
                long seen = 0; int idle = 0;
                while (true) {
                    long s = seq;
                    if (s == seen) { if (idle++ < 4096) Thread.onSpinWait(); else java.util.concurrent.locks.LockSupport.park(); continue; }
                    seen = s; idle = 0;
                    long t0 = System.nanoTime();
                    workerStart = t0;
                    for (int q = 1; q < parts; q += 2) step.part(phase, q, parts);
                    workerEnd = System.nanoTime();
                    workerT = workerEnd - t0;
                    done = s;
                }
            });
            t.setDaemon(true); t.start();
        }
        public void runParts(VectorKernel.Step st, int ph, int n) {
            step = st; phase = ph; parts = n;
            if (serial) {
                // -DoddFirst=true: the odd parts first (which of the two pays for data not yet in cache)
                int first = ODD_FIRST ? 1 : 0;
                long a0 = System.nanoTime();
                for (int q = first; q < n; q += 2) st.part(ph, q, n);
                long a1 = System.nanoTime();
                for (int q = 1 - first; q < n; q += 2) st.part(ph, q, n);
                long a2 = System.nanoTime();
                ser[ph][first] += a1 - a0; ser[ph][1 - first] += a2 - a1; ser[ph][2]++;
                return;
            }
            long t0 = System.nanoTime();
            long s = seq + 1; seq = s; java.util.concurrent.locks.LockSupport.unpark(t);
            for (int q = 0; q < n; q += 2) st.part(ph, q, n);
            long t1 = System.nanoTime();
            while (done != s) Thread.onSpinWait();
            long t2 = System.nanoTime();
            long[] a = acc[ph]; a[0] += t2 - t0; a[1] += t1 - t0; a[2] += workerT; a[3]++; a[4] += workerStart - t0; a[5] += t2 - Math.max(workerEnd, t1);
        }
    }
    public static void main(String[] a) {
        int steps = Integer.parseInt(a[0]);
        String[] names = {"PACK","Z_ROWS","Z_UNITS","OUTPUT","BACKWARD","SAMPLES_Y","SAMPLES_GRAD","UPDATE"};
        for (int i = 1; i < a.length; i++) {
            String[] s = a[i].split("x");
            int d = Integer.parseInt(s[0]), k = Integer.parseInt(s[1]), B = Integer.parseInt(s[2]);
            ModelSpec spec = ModelSpec.of(d, k);
            SplittableRandom r = new SplittableRandom(7);
            float[] x = new float[B * d], y = new float[B], p = new float[spec.paramCount()], g = new float[p.length];
            for (int q = 0; q < x.length; q++) x[q] = (float) r.nextGaussian();
            for (int q = 0; q < y.length; q++) y[q] = (float) r.nextGaussian();
            for (int q = 0; q < p.length; q++) p[q] = (float) (r.nextGaussian() * 0.03);
            VectorKernel vk = new VectorKernel();
            VectorWorkspace w = (VectorWorkspace) vk.newWorkspace(spec, B);
            R run = new R();
            ParallelKernel pk = new ParallelKernel(new VectorKernel(), 2);
            Kernel.Workspace pw = pk.newWorkspace(spec, B);
            for (int rep = 0; rep < 4; rep++) {
                double[] m = new double[2];
                for (int mode = 0; mode < 2; mode++) {
                    long[] tt = new long[steps];
                    for (int q = 0; q < steps; q++) {
                        long t0 = System.nanoTime();
                        if (mode == 0) vk.sgdStep(spec, p, x, y, null, 0, B, 1.0 / B, 1e-5f, g, false, w);
                        else pk.sgdStep(spec, p, x, y, null, 0, B, 1.0 / B, 1e-5f, g, false, pw);
                        tt[q] = System.nanoTime() - t0;
                    }
                    Arrays.sort(tt); m[mode] = tt[steps / 2] / 1e3;
                }
                System.out.printf("%s rep %d: 1T median %.0f us, ParallelKernel 2T median %.0f us (%.2fx)%n", a[i], rep, m[0], m[1], m[0] / m[1]);
                for (long[] x2 : run.acc) Arrays.fill(x2, 0);
                for (long[] x2 : run.ser) Arrays.fill(x2, 0);
                run.serial = true;
                for (int q = 0; q < steps; q++) vk.forwardBackward(spec, p, x, y, null, 0, B, 1.0 / B, g, w, run, 2, true, false, 1e-5f);
                run.serial = false;
                StringBuilder sr = new StringBuilder("   serial parts:");
                for (int q = 0; q < 8; q++) { long[] c = run.ser[q]; if (c[2] == 0) continue; sr.append(String.format(" %s part0 %.0f part1 %.0f |", names[q], c[0] / 1e3 / steps, c[1] / 1e3 / steps)); }
                System.out.println(sr);
                long[] tot = new long[steps];
                for (int q = 0; q < steps; q++) {
                    long t0 = System.nanoTime();
                    vk.forwardBackward(spec, p, x, y, null, 0, B, 1.0 / B, g, w, run, 2, true, false, 1e-5f);
                    tot[q] = System.nanoTime() - t0;
                }
                long sum = 0; for (long v : tot) sum += v;
                long[] srt = tot.clone(); Arrays.sort(srt);
                StringBuilder sb = new StringBuilder(String.format("%s rep %d: probe 2T mean %.0f median %.0f us (%.2fx);", a[i], rep, sum / 1e3 / steps, srt[steps / 2] / 1e3, m[0] / (srt[steps / 2] / 1e3)));
                long ph = 0;
                for (int q = 0; q < 8; q++) {
                    long[] c = run.acc[q]; if (c[3] == 0) continue;
                    ph += c[0];
                    sb.append(String.format(" %s x%d wall %.0f caller %.0f worker %.0f startlag %.0f endlag %.0f |", names[q], c[3] / steps, c[0] / 1e3 / steps, c[1] / 1e3 / steps, c[2] / 1e3 / steps, c[4] / 1e3 / steps, c[5] / 1e3 / steps));
                }
                sb.append(String.format(" serial %.0f", (sum - ph) / 1e3 / steps));
                System.out.println(sb);
            }
        }
    }
}
