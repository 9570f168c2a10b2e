package dev.twolayer.kernel;

import dev.twolayer.model.Init;
import dev.twolayer.model.ModelSpec;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Where a batch-1 step's time goes at d >= L, k <= L (the dot form's one-row step: dotRowOutput, then dotRowGrad)
 * and at d = 1 (the units form: unitsRow). In package dev.twolayer.kernel to call VectorBody512's methods; compiled
 * against the library's classes and run with them on the class path (ab.sh). Usage: RowProbe d k [-Donly=variant].
 *
 * <p>Variants at d >= L (each a loop of 2,000,000 calls over 64 samples, 9 rounds; ns a call):
 * <ol start="0">
 * <li>step: VectorKernel.sgdStep, gradient not kept, as the trainer and TrainStepBenchmark take it;
 * <li>output: dotRowOutput alone (no call depends on the one before);
 * <li>output+grad: dotRowOutput, then dotRowGrad stepping the parameters (each call's step feeds the next forward);
 * <li>grad: dotRowGrad alone (dLoss/dy = 2 t), stepping a copy of the parameters (else they would drift
 * without end);
 * <li>step-direct: output+grad plus c's gradient and step and the loss, as sgdStep does after its checks;
 * <li>o+g-indep: output+grad stepping a copy of the parameters, so that no call waits on the one before.
 * </ol>
 * At d = 1: 0 step; 1 unitsRow stepping the parameters; 2 unitsRow writing the gradient, no step (independent calls).
 * Each line also gives the bytes allocated a call in the last round.
 */
public class RowProbe {
    static final int ONLY = Integer.getInteger("only", -1);
    static final int SAMPLES = 64, CALLS = 2_000_000, ROUNDS = 9;

    public static void main(String[] a) throws Exception {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        boolean units = d == 1;
        ModelSpec spec = ModelSpec.of(d, k);
        VectorKernel kern = (VectorKernel) Kernels.byName("vector");
        Field f = VectorKernel.class.getDeclaredField("body");
        f.setAccessible(true);
        VectorBody body = (VectorBody) f.get(kern);
        VectorWorkspace ws = (VectorWorkspace) kern.newWorkspace(spec, 1);
        float[] p = Init.he().create(spec, 7).params(), copy = p.clone(), grad = new float[spec.paramCount()];
        SplittableRandom r = new SplittableRandom(3);
        float[] x = new float[SAMPLES * d], y = new float[SAMPLES];
        // targets on a cycle of their own (prime), copied to y[s] before each call, as the benchmarks' Fixture does:
        // sample s meets a new target on each visit and is never fitted exactly (else rows with g = 0 are skipped)
        float[] cycle = new float[4099];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < cycle.length; i++) cycle[i] = (float) r.nextGaussian();
        int offA = spec.offsetA(), offB = spec.offsetB(), offC = spec.offsetC();
        float lr = 1e-3f;
        String[] names = units ? new String[] {"step", "unitsRow", "unitsRow-nostep"}
                : new String[] {"step", "output", "output+grad", "grad", "step-direct", "o+g-indep"};
        double[][] t = new double[names.length][ROUNDS];
        double sink = 0;
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 0; round < ROUNDS; round++)
            for (int v = 0; v < names.length; v++) {
                if (ONLY >= 0 && v != ONLY) continue;
                long bytes = mx.getCurrentThreadAllocatedBytes(), t0 = System.nanoTime();
                for (int n = 0, s = 0, ti = 0; n < CALLS; n++, s = s + 1 == SAMPLES ? 0 : s + 1,
                        ti = ti + 1 == cycle.length ? 0 : ti + 1) {
                    int xi = s * d;
                    float target = cycle[ti];
                    y[s] = target;
                    if (v == 0) {
                        sink += kern.sgdStep(spec, p, x, y, null, s, 1, 1.0, lr, grad, false, ws);
                    } else if (units) {
                        sink += v == 1 ? body.unitsRow(x, s, target, 2f, p, k, offB, offA, 0f, 0f, true, null, p, lr)
                                : body.unitsRow(x, s, target, 2f, p, k, offB, offA, 0f, 0f, true, grad, null, lr);
                    } else if (v == 1) {
                        sink += body.dotRowOutput(x, xi, d, p, k, offB, offA, 0f, 0f, false, ws.z);
                    } else if (v == 3) {
                        body.dotRowGrad(x, xi, d, 2f * target, p, k, offB, offA, 0f, true, null, copy, lr, ws.z,
                                ws.gp, ws.units);
                    } else {
                        float c = v == 4 ? p[offC] : 0f;
                        float res = body.dotRowOutput(x, xi, d, p, k, offB, offA, c, 0f, false, ws.z) - target;
                        body.dotRowGrad(x, xi, d, 2f * res, p, k, offB, offA, 0f, true, null, v == 5 ? copy : p, lr,
                                ws.z, ws.gp, ws.units);
                        if (v == 4) {
                            grad[offC] = (float) (0.0 + 2f * res);
                            Kernel.sgdUpdate(p, grad, offC, offC + 1, lr);
                        }
                        sink += (0.0 + (double) res * res);
                    }
                }
                t[v][round] = (System.nanoTime() - t0) / (double) CALLS;
                if (round == ROUNDS - 1)
                    System.out.printf("%s: %.2f B/call%n", names[v],
                            (mx.getCurrentThreadAllocatedBytes() - bytes) / (double) CALLS);
            }
        for (int v = 0; v < names.length; v++) {
            if (ONLY >= 0 && v != ONLY) continue;
            double[] c = t[v].clone();
            Arrays.sort(c);
            StringBuilder last = new StringBuilder();
            for (int i = ROUNDS - 4; i < ROUNDS; i++) last.append(String.format(" %.2f", t[v][i]));
            System.out.printf("d=%d k=%d %-15s median %.2f ns (last4%s)%n", d, k, names[v], c[ROUNDS / 2], last);
        }
        System.out.println("sink " + sink);
    }
}
