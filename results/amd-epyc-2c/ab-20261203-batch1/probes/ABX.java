package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** In-JVM A/B: VectorKernel(512) with body VectorBody512 (A) vs VectorBody512X (B), interleaved blocks of steps. */
public final class ABX {
    static double sink;
    public static void main(String[] a) throws Exception {
        int rounds = Integer.parseInt(System.getProperty("rounds", "300"));
        for (String shape : a) {
            String[] s = shape.split(",");
            int d = Integer.parseInt(s[0]), k = Integer.parseInt(s[1]), batch = Integer.parseInt(s[2]);
            ModelSpec spec = ModelSpec.of(d, k);
            Kernel ka = new VectorKernel(512), kb = (Kernel) Class.forName("dev.twolayer.kernel.VectorKernelX").getConstructor(int.class).newInstance(512);
            SplittableRandom rng = new SplittableRandom(2024);
            float[] pa = Init.he().create(spec, 2024).params(), pb = pa.clone();
            int vary = Integer.getInteger("vary", 0), nrows = batch + vary;
            float[] x = new float[nrows * d], y = new float[nrows];
            for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
            for (int i = 0; i < y.length; i++) y[i] = (float) rng.nextGaussian();
            float[] ga = new float[spec.paramCount()], gb = ga.clone();
            Kernel.Workspace wa = ka.newWorkspace(spec, batch), wb = kb.newWorkspace(spec, batch);
            double ls = Loss.HALF_MSE.scale(batch);
            float lr = 1e-4f;
            // bitwise check first
            double la = ka.sgdStep(spec, pa, x, y, null, 0, batch, ls, lr, ga, false, wa);
            double lb = kb.sgdStep(spec, pb, x, y, null, 0, batch, ls, lr, gb, false, wb);
            if (la != lb || !Arrays.equals(pa, pb)) System.out.println("  NOT BITWISE EQUAL " + shape);
            long flops = 4L * batch * d * k;
            int n = (int) Math.max(1, Math.min(100000, 3e5 / Math.max(1, flops / 50 + 20)));
            double[] ta = new double[rounds], tb = new double[rounds], ratio = new double[rounds];
            for (int r = -rounds / 3; r < rounds; r++) {
                boolean aFirst = (r & 1) == 0;
                double t1 = 0, t2 = 0;
                for (int pass = 0; pass < 2; pass++) {
                    boolean useA = (pass == 0) == aFirst;
                    Kernel kk = useA ? ka : kb; float[] p = useA ? pa : pb, g = useA ? ga : gb;
                    Kernel.Workspace w = useA ? wa : wb;
                    long t0 = System.nanoTime();
                    for (int q = 0; q < n; q++) sink += kk.sgdStep(spec, p, x, y, null, vary == 0 ? 0 : (q * 7) % (vary + 1), batch, ls, lr, g, false, w);
                    double dt = (System.nanoTime() - t0) / (double) n;
                    if (useA) t1 = dt; else t2 = dt;
                }
                if (r >= 0) { ta[r] = t1; tb[r] = t2; ratio[r] = t1 / t2; }
            }
            Arrays.sort(ta); Arrays.sort(tb); Arrays.sort(ratio);
            System.out.printf("d=%d k=%d B=%d  A %.4g us  B %.4g us  B speedup (median of round ratios) %.3fx  [p25 %.3f p75 %.3f]%n",
                d, k, batch, ta[rounds / 2] / 1e3, tb[rounds / 2] / 1e3, ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4]);
        }
    }
}
