package dev.twolayer;

import dev.twolayer.data.Dataset;
import dev.twolayer.data.Generators;
import dev.twolayer.kernel.Kernel;
import dev.twolayer.kernel.Kernels;
import dev.twolayer.kernel.Loss;
import dev.twolayer.model.Init;
import dev.twolayer.model.ModelSpec;
import dev.twolayer.model.TwoLayerNet;
import dev.twolayer.train.Optimizer;
import dev.twolayer.train.TrainConfig;
import dev.twolayer.train.TrainResult;
import dev.twolayer.train.Trainer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's quick tour, verbatim, so that it keeps compiling and doing what it says. */
class ReadmeExampleTest {

    @Test void quickTourTrainsTheStudent() {
        ModelSpec spec = ModelSpec.builder(16, 64).build();             // d = 16 inputs, k = 64 hidden units, 1 output
        TwoLayerNet teacher = Generators.randomTeacher(16, 8, 1L);
        Dataset data = Generators.teacher(teacher, 4096, 2L);             // x ~ N(0, I), y = teacher(x)
        TwoLayerNet net = Init.he().create(spec, 42L);                    // seeded He initialisation

        TrainConfig cfg = TrainConfig.builder()
                .optimizer(Optimizer.adam()).stepSize(1e-3)
                .batchSize(32).maxSteps(2_000).checkInterval(500)
                .seed(7).threads(2)                                       // same result for any thread count
                .build();
        TrainResult result = Trainer.train(net, data, cfg);               // trains net's parameters in place
        System.out.println(result);                                       // loss, steps, stop reason, kernel, latency

        assertEquals(2_000, result.steps());
        assertTrue(result.finalLoss() < 0.5 * result.lossHistory()[0], result.toString());
    }

    @Test void kernelContractSnippet() {
        ModelSpec spec = ModelSpec.builder(16, 64).build();
        TwoLayerNet net = Init.he().create(spec, 42L);
        int batch = 32, row0 = 0;
        Dataset data = Generators.teacher(Generators.randomTeacher(16, 8, 1L), batch, 3L);
        float[] x = data.x(), y = data.y();

        Kernel kernel = Kernels.best();
        Kernel.Workspace ws = kernel.newWorkspace(spec, batch);
        float[] grad = new float[spec.paramCount()];
        double loss = kernel.forwardBackward(spec, net.params(), x, y, /*weights*/ null, row0, batch,
                Loss.HALF_MSE.scale(batch), grad, ws);
        float[] start = net.params().clone();
        // or a whole SGD step, params -= lr * grad (bitwise the two in sequence; fused where the kernel can)
        double before = kernel.sgdStep(spec, net.params(), x, y, null, row0, batch, Loss.HALF_MSE.scale(batch), 0.01f,
                grad, ws);

        assertTrue(loss > 0 && Double.isFinite(loss));
        assertEquals(loss, before, "sgdStep's loss is at the parameters before its step");
        double norm = 0;
        for (float g : grad) norm += g * g;
        assertTrue(norm > 0, "gradient is all zeros");
        for (int i = 0; i < start.length; i++) assertEquals(start[i] - 0.01f * grad[i], net.params()[i], "param " + i);

        float[] mid = net.params().clone(), midGrad = new float[spec.paramCount()];
        double midLoss = kernel.forwardBackward(spec, mid, x, y, null, row0, batch, Loss.HALF_MSE.scale(batch), midGrad,
                ws);
        // the same step when the gradient is not needed afterwards: grad is scratch (VectorKernel then skips the gradient
        // stores it can; at batch 1 that is 12 bytes moved a weight instead of 16). The trainer's plain SGD does this.
        before = kernel.sgdStep(spec, net.params(), x, y, null, row0, batch, Loss.HALF_MSE.scale(batch), 0.01f,
                grad, /*keepGradient*/ false, ws);
        assertEquals(midLoss, before);
        for (int i = 0; i < mid.length; i++) assertEquals(mid[i] - 0.01f * midGrad[i], net.params()[i], "param " + i);
    }
}
