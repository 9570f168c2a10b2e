import dev.twolayer.kernel.*;
import dev.twolayer.model.*;
import jdk.incubator.vector.*;
import java.util.SplittableRandom;

/**
 * Throwaway: the d=1 k=8 batch-1 SGD step written out for that one shape (8 units in one 256-bit vector, no masks,
 * padded parameter blocks, constant shuffles), against VectorKernel's and ScalarKernel's steps in the same JVM.
 * Not a usable kernel. -Dcopy=true sends the updates to a copy (no chain from one step's stores to the next's loads).
 */
public class Ideal1 {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    static final boolean COPY = Boolean.getBoolean("copy");
    static final VectorShuffle<Float> SW0 = VectorShuffle.fromOp(S, i -> i ^ 1), SW1 = VectorShuffle.fromOp(S, i -> i ^ 2),
            SW2 = VectorShuffle.fromOp(S, i -> i ^ 4);

    // params: w at 0, b at 8, a at 16, c at 24
    static float step(float[] p, float[] q, float x, float t, float ei, float lr) {
        FloatVector w = FloatVector.fromArray(S, p, 0), b = FloatVector.fromArray(S, p, 8);
        FloatVector a = FloatVector.fromArray(S, p, 16);
        FloatVector z = w.fma(FloatVector.broadcast(S, x), b);
        FloatVector h = z.max(0f);
        FloatVector y = h.mul(a);
        y = y.add(y.rearrange(SW0)); y = y.add(y.rearrange(SW1)); y = y.add(y.rearrange(SW2));
        float c = p[24];
        float e = (y.lane(0) + c - t) * ei;
        FloatVector g = a.mul(e).blend(0f, z.compare(VectorOperators.LE, 0f));
        FloatVector lg = g.mul(-lr);
        w.add(lg.mul(x)).intoArray(q, 0);
        b.add(lg).intoArray(q, 8);
        a.sub(h.mul(e * lr)).intoArray(q, 16);
        q[24] = c - lr * e;
        return e;
    }

    public static void main(String[] args) {
        SplittableRandom rng = new SplittableRandom(1);
        float[] p = new float[32];
        for (int i = 0; i < 8; i++) { p[i] = (float) (rng.nextGaussian() * Math.sqrt(2)); p[16 + i] = (float) (rng.nextGaussian() * 0.5); }
        float[] x = new float[64], t = new float[64];
        for (int i = 0; i < 64; i++) { x[i] = (float) rng.nextGaussian(); t[i] = (float) rng.nextGaussian(); }
        ModelSpec spec = ModelSpec.of(1, 8);
        Kernel vk = new VectorKernel(), sk = new ScalarKernel();
        Kernel.Workspace vw = vk.newWorkspace(spec, 1), sw = sk.newWorkspace(spec, 1);
        float[] kp = Init.he().create(spec, 2024).params(), sp = kp.clone(), g = new float[kp.length];
        float[] p2 = p.clone();
        int n = 20_000_000;
        for (int rep = 0; rep < 6; rep++) {
            double s = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) s += step(p, COPY ? p2 : p, x[i & 63], t[i & 63], 1f, 1e-4f);
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) s += vk.sgdStep(spec, kp, x, t, null, i & 63, 1, 0.5, 1e-4f, g, false, vw);
            long t2 = System.nanoTime();
            for (int i = 0; i < n / 4; i++) s += sk.sgdStep(spec, sp, x, t, null, i & 63, 1, 0.5, 1e-4f, g, false, sw);
            long t3 = System.nanoTime();
            System.out.printf("written out %.2f ns, VectorKernel %.2f ns, ScalarKernel %.2f ns %s%n", (t1 - t0) / (double) n,
                    (t2 - t1) / (double) n, (t3 - t2) / (n / 4.0), s == 42 ? "!" : "");
        }
    }
}
