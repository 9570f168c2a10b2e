import dev.twolayer.kernel.*;
import dev.twolayer.model.*;
import java.util.SplittableRandom;
public class FbTiming {
    public static void main(String[] a) { for (int ri = 2; ri < a.length; ri++) run(a, Integer.parseInt(a[ri])); }
    static void run(String[] a, int rowsArg) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = rowsArg;
        ModelSpec spec = ModelSpec.of(d, k);
        Kernel kern = new VectorKernel(Integer.getInteger("bits", 512));
        Kernel.Workspace ws = kern.newWorkspace(spec, rows);
        float[] p = Init.he().create(spec, 2024).params(), g = new float[p.length];
        SplittableRandom r = new SplittableRandom(1);
        float[] x = new float[rows * d], y = new float[rows];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) r.nextGaussian();
        int n = Math.max(1000, (int) (4e8 / ((long) rows * (d + 4) * k)));
        double[] best = new double[1]; best[0] = 1e9;
        for (int rep = 0; rep < 10; rep++) {
            double s = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) s += kern.sgdStep(spec, p, x, y, null, 0, rows, 0.5 / rows, 1e-4f, g, false, ws);
            double t = (System.nanoTime() - t0) / (double) n;
            if (rep >= 3) best[0] = Math.min(best[0], t);
            if (s == 42) System.out.println();
        }
        System.out.printf("d=%d k=%d rows=%d best %.1f ns%n", d, k, rows, best[0]);
    }
}
