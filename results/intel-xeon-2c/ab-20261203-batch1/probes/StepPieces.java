package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** A batch-1 sgdStep against its pieces, in one JVM. */
public final class StepPieces {
    static double sink;
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        ModelSpec spec = ModelSpec.of(d, k);
        VectorKernel kern = new VectorKernel(512);
        Kernel.Workspace ws = kern.newWorkspace(spec, 1);
        VectorBody b = new VectorBody512();
        int L = 16, kp = (k + L - 1) / L * L, offB = spec.offsetB(), offA = spec.offsetA();
        float[] p = Init.he().create(spec, 7).params(), x = new float[d], z = new float[kp], y = new float[1], e = {0.01f}, t = {0.5f};
        float[] grad = new float[spec.paramCount()], gp = new float[kp];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < d; i++) x[i] = (float) r.nextGaussian();
        int n = (int) Math.max(20000, 4e8 / (k * d));
        for (int rep = 0; rep < 6; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) sink += kern.sgdStep(spec, p, x, t, null, 0, 1, 1.0, 1e-7f, grad, false, ws);
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) { b.forwardZDot(p, k, x, 0, 1, d, kp, offB, false, z, true, offA, 0f, 0f, y); sink += y[0]; }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) b.hiddenGradDot(z, 1, kp, k, e, p, offB, offA, 0f, true, null, p, 1e-7f, gp);
            long t3 = System.nanoTime();
            for (int i = 0; i < n; i++) b.weightGradRows(x, 0, 1, d, gp, k, grad, 0, 0, kp, false, p, false, 1e-7f, VectorWorkspace.ALIGN);
            long t4 = System.nanoTime();
            if (rep >= 3) System.out.printf("d=%d k=%d: sgdStep %.1f ns = forward %.1f + hidden grad %.1f + dW/step %.1f (sum %.1f)%n", d, k, (t1 - t0) / 1.0 / n, (t2 - t1) / 1.0 / n, (t3 - t2) / 1.0 / n, (t4 - t3) / 1.0 / n, (t4 - t1) / 1.0 / n);
        }
    }
}
