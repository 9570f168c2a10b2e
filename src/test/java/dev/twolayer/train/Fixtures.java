package dev.twolayer.train;

import dev.twolayer.data.Dataset;
import dev.twolayer.kernel.Kernel;
import dev.twolayer.kernel.Kernels;
import dev.twolayer.model.Init;
import dev.twolayer.model.ModelSpec;
import dev.twolayer.model.TwoLayerNet;

import java.util.SplittableRandom;

/** Teacher-student problems and helpers shared by the trainer tests. */
final class Fixtures {
    private Fixtures() {}

    static Kernel scalar() { return Kernels.byName("scalar"); }

    /** n Gaussian inputs labelled by a random He-initialised teacher of shape {@code spec}. */
    static Dataset teacherData(ModelSpec spec, int n, long seed, float[] weights) {
        TwoLayerNet teacher = Init.he().create(spec, seed);
        // non-zero teacher biases so every parameter type matters
        SplittableRandom rng = new SplittableRandom(seed ^ 0x1234);
        for (int j = 0; j < spec.sizeB(); j++) teacher.params()[spec.offsetB() + j] = (float) (0.3 * rng.nextGaussian());
        for (int o = 0; o < spec.sizeC(); o++) teacher.params()[spec.offsetC() + o] = (float) (0.3 * rng.nextGaussian());
        float[] x = new float[n * spec.d()];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        float[] y = new float[n * spec.m()];
        for (int r = 0; r < n; r++)
            for (int o = 0; o < spec.m(); o++) {
                double f = teacher.c(o);
                for (int j = 0; j < spec.k(); j++) {
                    double z = teacher.b(j);
                    for (int i = 0; i < spec.d(); i++) z += teacher.w(j, i) * x[r * spec.d() + i];
                    f += teacher.a(o, j) * Math.max(z, 0);
                }
                y[r * spec.m() + o] = (float) f;
            }
        return new Dataset(n, spec.d(), spec.m(), x, y, weights);
    }

    static float[] randomWeights(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] w = new float[n];
        for (int i = 0; i < n; i++) w[i] = (float) rng.nextDouble(0.1, 2.0);
        return w;
    }

    /** Full-data loss and gradient at {@code params}, computed by the scalar kernel. */
    static double lossAndGrad(ModelSpec spec, float[] params, Dataset data, float[] grad) {
        Kernel k = scalar();
        return k.forwardBackward(spec, params, data.x(), data.y(), data.weights(), 0, data.size(),
                dev.twolayer.kernel.Loss.HALF_MSE.scale(data.totalWeight()), grad, k.newWorkspace(spec, data.size()));
    }
}
