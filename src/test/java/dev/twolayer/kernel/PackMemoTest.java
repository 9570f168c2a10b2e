package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A forward-only call reuses the W^T that the previous forward-only call packed from bitwise the same W. Every change
 * of W (one element, one bit), of the identity flag, or a backward pass in between must make it pack again.
 */
class PackMemoTest {

    private static float[] forwardFresh(Kernel kernel, ModelSpec spec, float[] params, Fixture f) {
        float[] out = new float[f.rows * spec.m()];
        kernel.forward(spec, params, f.x, f.row0, f.rows, out, kernel.newWorkspace(spec, f.rows));
        return out;
    }

    @Test
    void reusedOnlyForTheSameWeights() {
        assumeTrue(Kernels.vectorAvailable(), "jdk.incubator.vector not present");
        Random rnd = new Random(31);
        for (int bits : new int[] {512, 256, 128}) {
            VectorKernel vk = new VectorKernel(bits);
            // d = 7 < 2 lanes and 40 rows: the packed path; d = 70 rows 9: packed, direct dW; d = 40 (512 bits: 2 to 4
            // lanes, so blocks of <= 4 rows take the dot forward and dW goes through the W^T buffer); identity: k = d
            for (ModelSpec spec : new ModelSpec[] {ModelSpec.builder(7, 33).build(), ModelSpec.builder(70, 45).build(),
                    ModelSpec.builder(40, 33).build(), ModelSpec.builder(20, 20).identityMapping(true).build()}) {
                Fixture f = Fixture.random(spec, 1, spec.d() == 70 ? 9 : 40, false, rnd, false);
                Kernel.Workspace ws = vk.newWorkspace(spec, f.rows);
                float[] out = new float[f.rows * spec.m()], grad = new float[spec.paramCount()];
                float[] params = f.params.clone();
                String where = bits + " bits " + spec;

                vk.forward(spec, params, f.x, f.row0, f.rows, out, ws);
                assertArrayEquals(forwardFresh(vk, spec, params, f), out, where);
                vk.forward(spec, params, f.x, f.row0, f.rows, out, ws); // memo hit
                assertArrayEquals(forwardFresh(vk, spec, params, f), out, where);

                params[spec.offsetW() + 5] += 0.25f; // one weight changes
                vk.forward(spec, params, f.x, f.row0, f.rows, out, ws);
                assertArrayEquals(forwardFresh(vk, spec, params, f), out, where + " after a weight changed");

                int last = spec.offsetW() + spec.k() * spec.d() - 1; // one bit of the last weight
                params[last] = Math.nextUp(params[last]);
                vk.forward(spec, params, f.x, f.row0, f.rows, out, ws);
                assertArrayEquals(forwardFresh(vk, spec, params, f), out, where + " after one ulp");

                // a backward pass in between (it may use the W^T buffer as scratch), then the same W again
                vk.forwardBackward(spec, params, f.x, f.y, null, f.row0, f.rows, 1.0, grad, ws);
                vk.forward(spec, params, f.x, f.row0, f.rows, out, ws);
                assertArrayEquals(forwardFresh(vk, spec, params, f), out, where + " after a backward pass");

                // a backward pass over a few rows (the dot-product forward, no packing) in between
                vk.forwardBackward(spec, params, f.x, f.y, null, f.row0, 3, 1.0, grad, ws);
                vk.forward(spec, params, f.x, f.row0, f.rows, out, ws);
                assertArrayEquals(forwardFresh(vk, spec, params, f), out, where + " after a short backward pass");

                // same W under a spec without identity mapping (same d, k, m: the workspace fits both)
                if (spec.identityMapping()) {
                    ModelSpec plain = spec.toBuilder().identityMapping(false).build();
                    vk.forward(plain, params, f.x, f.row0, f.rows, out, ws);
                    assertArrayEquals(forwardFresh(vk, plain, params, f), out, where + " without identity");
                }
            }
        }
    }
}
