package dev.twolayer.kernel;
import dev.twolayer.model.*;
import java.util.*;
public final class AllocDrive {
    public static void main(String[] a) throws Exception {
        ModelSpec spec = ModelSpec.of(70, 40);
        int rows = 33;
        SplittableRandom r = new SplittableRandom(1);
        float[] params = new float[spec.paramCount()], x = new float[rows * 70], y = new float[rows], grad = new float[spec.paramCount()];
        for (int i = 0; i < params.length; i++) params[i] = (float) r.nextGaussian() * 0.1f;
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) r.nextGaussian();
        try (ParallelKernel p = new ParallelKernel(new VectorKernel(), 2, 8, 16, 0)) {
            var ws = p.newWorkspace(spec, rows);
            long end = System.nanoTime() + 15_000_000_000L;
            double s = 0;
            while (System.nanoTime() < end) {
                s += p.forwardBackward(spec, params, x, y, null, 0, rows, 1.0 / rows, grad, ws);
                s += p.sgdStep(spec, params.clone(), x, y, null, 0, rows, 1.0 / rows, 1e-6f, grad, ws);
                s += p.sgdStep(spec, params.clone(), x, y, null, 0, rows, 1.0 / rows, 1e-6f, grad, false, ws);
            }
            System.out.println(s);
        }
    }
}
