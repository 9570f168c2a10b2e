import dev.twolayer.kernel.*;
import dev.twolayer.model.ModelSpec;
import java.util.*;
// usage: Mt reps dxkxB ... ; prints median us of 1T and 2T sgdStep and the ratio, 3 passes
public final class MtK {
    public static void main(String[] a) throws Exception {
        int reps = Integer.parseInt(a[0]);
        Kernel one = new VectorKernel();
        ParallelKernel two = new ParallelKernel(new VectorKernel(), 2);
        for (int pass = 0; pass < 3; pass++) {
            StringBuilder sb = new StringBuilder("pass " + pass + ":");
            for (int i = 1; i < a.length; i++) {
                String[] s = a[i].split("x");
                int d = Integer.parseInt(s[0]), k = Integer.parseInt(s[1]), B = Integer.parseInt(s[2]);
                ModelSpec spec = ModelSpec.of(d, k);
                SplittableRandom r = new SplittableRandom(7);
                float[] x = new float[B * d], y = new float[B], p = new float[spec.paramCount()], g = new float[p.length];
                for (int q = 0; q < x.length; q++) x[q] = (float) r.nextGaussian();
                for (int q = 0; q < y.length; q++) y[q] = (float) r.nextGaussian();
                for (int q = 0; q < p.length; q++) p[q] = (float) (r.nextGaussian() * 0.03);
                double[] med = new double[2];
                for (int t = 0; t < 2; t++) {
                    Kernel kern = t == 0 ? one : two;
                    Kernel.Workspace ws = kern.newWorkspace(spec, B);
                    float[] pp = p.clone();
                    double[] ts = new double[reps];
                    for (int w = 0; w < reps / 2; w++) kern.sgdStep(spec, pp, x, y, null, 0, B, 1.0 / B, 1e-4f, g, Boolean.getBoolean("keep"), ws);
                    for (int q = 0; q < reps; q++) {
                        long t0 = System.nanoTime();
                        kern.sgdStep(spec, pp, x, y, null, 0, B, 1.0 / B, 1e-4f, g, Boolean.getBoolean("keep"), ws);
                        ts[q] = (System.nanoTime() - t0) / 1e3;
                    }
                    Arrays.sort(ts); med[t] = ts[reps / 2];
                }
                sb.append(String.format(" %s 1T %.0f 2T %.0f (%.2fx) |", a[i], med[0], med[1], med[0] / med[1]));
            }
            System.out.println(sb);
        }
        two.close();
    }
}
