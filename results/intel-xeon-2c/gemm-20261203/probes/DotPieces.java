package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** Batch-1 dot-form pieces timed alone: forward (Z and y), hidden gradient (+ b, A step), dW with W's step. */
public final class DotPieces {
    static double sink;
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        ModelSpec spec = ModelSpec.of(d, k);
        VectorBody b = new VectorBody512();
        int L = 16, kp = (k + L - 1) / L * L, offB = spec.offsetB(), offA = spec.offsetA();
        float[] p = Init.he().create(spec, 7).params(), x = new float[d], z = new float[kp], y = new float[1], e = {0.01f};
        float[] grad = new float[spec.paramCount()], gp = new float[kp];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < d; i++) x[i] = (float) r.nextGaussian();
        int n = (int) Math.max(1000, 2e7 / (k * d));
        for (int rep = 0; rep < 5; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) { b.forwardZDot(p, k, x, 0, 1, d, kp, offB, false, z, true, offA, 0f, 0f, y); sink += y[0]; }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) b.hiddenGradDot(z, 1, kp, k, e, p, offB, offA, 0f, true, null, p, 1e-7f, gp);
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) b.weightGradRows(x, 0, 1, d, gp, k, grad, 0, 0, kp, false, p, false, 1e-7f);
            long t3 = System.nanoTime();
            if (rep >= 2) System.out.printf("d=%d k=%d: forward %.3f us, hidden grad %.3f us, dW+step %.3f us%n", d, k, (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n);
        }
    }
}
