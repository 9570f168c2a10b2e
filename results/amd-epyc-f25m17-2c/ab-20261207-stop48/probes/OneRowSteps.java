import dev.twolayer.kernel.Kernel;
import dev.twolayer.kernel.Kernels;
import dev.twolayer.model.ModelSpec;
import java.util.SplittableRandom;

/**
 * Probe (not a test): SGD steps of `rows` rows whose X is an array of exactly rows * d floats (its last row ends the
 * array), as an online loop that makes a fresh sample array per step would pass them; mean ns a step every `every`
 * steps. Args: kernel d k rows steps every.
 */
public final class OneRowSteps {
    public static void main(String[] a) {
        Kernel kernel = Kernels.byName(a[0]);
        int d = Integer.parseInt(a[1]), k = Integer.parseInt(a[2]), rows = Integer.parseInt(a[3]);
        long steps = Long.parseLong(a[4]), every = Long.parseLong(a[5]);
        ModelSpec spec = ModelSpec.of(d, k);
        SplittableRandom rnd = new SplittableRandom(7);
        float[] params = new float[spec.paramCount()], grad = new float[spec.paramCount()];
        for (int i = 0; i < params.length; i++) params[i] = (float) (rnd.nextGaussian() / Math.sqrt(d));
        int pad = a.length > 6 ? Integer.parseInt(a[6]) : 0;
        float[][] xs = new float[64][rows * d + pad], ys = new float[64][rows];
        for (float[] v : xs) for (int i = 0; i < v.length; i++) v[i] = (float) rnd.nextGaussian();
        for (float[] v : ys) for (int i = 0; i < v.length; i++) v[i] = (float) rnd.nextGaussian();
        Kernel.Workspace ws = kernel.newWorkspace(spec, rows);
        long t0 = System.nanoTime();
        double sink = 0;
        for (long s = 1; s <= steps; s++) {
            float[] x = xs[(int) (s & 63)], y = ys[(int) (s & 63)];
            sink += kernel.sgdStep(spec, params, x, y, null, 0, rows, 1.0 / rows, 1e-3f, grad, ws);
            if (s % every == 0) {
                long t1 = System.nanoTime();
                System.out.printf("step %d: %.1f ns a step%n", s, (t1 - t0) / (double) every);
                t0 = t1;
            }
        }
        System.out.println(sink);
    }
}
