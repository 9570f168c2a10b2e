package dev.twolayer.data;

import dev.twolayer.model.ModelSpec;
import dev.twolayer.model.TwoLayerNet;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class GeneratorsTest {

    @Test
    void teacherDataHasShapeIsSeededAndLabelledByTheTeacher() {
        TwoLayerNet teacher = Generators.randomTeacher(7, 3, 11);
        Dataset a = Generators.teacher(teacher, 37, 5), b = Generators.teacher(teacher, 37, 5), c = Generators.teacher(teacher, 37, 6);
        assertEquals(37, a.size());
        assertEquals(7, a.inputDim());
        assertEquals(1, a.targetDim());
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.y(), b.y());
        assertFalse(java.util.Arrays.equals(a.x(), c.x()));
        // labels: sum_j relu(w_j . x), written out independently
        for (int r = 0; r < a.size(); r++) {
            double f = 0;
            for (int j = 0; j < 3; j++) {
                double z = 0;
                for (int i = 0; i < 7; i++) z += teacher.w(j, i) * (double) a.x()[r * 7 + i];
                f += Math.max(0, z);
            }
            assertEquals(f, a.y()[r], 1e-5);
        }
        // inputs look standard normal
        double mean = 0, sq = 0;
        Dataset big = Generators.teacher(teacher, 4000, 1);
        for (float v : big.x()) { mean += v; sq += v * v; }
        mean /= big.x().length;
        sq /= big.x().length;
        assertEquals(0, mean, 0.03);
        assertEquals(1, sq, 0.05);
    }

    @Test
    void labelHandlesBiasesLeakySlopeIdentityMappingAndSeveralOutputs() {
        ModelSpec spec = ModelSpec.builder(3, 3).outputs(2).leakySlope(0.25).identityMapping(true).build();
        TwoLayerNet net = new TwoLayerNet(spec);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < net.params().length; i++) net.params()[i] = (float) rng.nextGaussian();
        float[] x = Generators.gaussianInputs(5, 3, rng);
        float[] y = Generators.label(net, x, 5);
        for (int r = 0; r < 5; r++)
            for (int o = 0; o < 2; o++) {
                double f = net.c(o);
                for (int j = 0; j < 3; j++) {
                    double z = net.b(j) + x[r * 3 + j];
                    for (int i = 0; i < 3; i++) z += net.w(j, i) * (double) x[r * 3 + i];
                    f += net.a(o, j) * (z > 0 ? z : 0.25 * z);
                }
                assertEquals(f, y[r * 2 + o], 1e-5);
            }
    }

    @Test
    void identityTeacherComputesSumOfRelus() {
        TwoLayerNet t = Generators.identityTeacher(4);
        assertFalse(t.spec().hiddenBias());
        assertFalse(t.spec().outputBias());
        assertFalse(t.spec().outputTrainable());
        float[] y = Generators.label(t, new float[] {1, -2, 3.5f, -0.5f}, 1);
        assertEquals(4.5f, y[0]);
    }

    @Test
    void orthonormalTeacherRowsAreOrthonormal() {
        for (int[] dk : new int[][] {{1, 1}, {5, 5}, {17, 6}}) {
            TwoLayerNet t = Generators.orthonormalTeacher(dk[0], dk[1], 9);
            for (int j = 0; j < dk[1]; j++)
                for (int l = 0; l < dk[1]; l++) {
                    double dot = 0;
                    for (int i = 0; i < dk[0]; i++) dot += (double) t.w(j, i) * t.w(l, i);
                    assertEquals(j == l ? 1 : 0, dot, 1e-6);
                }
            assertEquals(t, Generators.orthonormalTeacher(dk[0], dk[1], 9));
        }
        assertThrows(IllegalArgumentException.class, () -> Generators.orthonormalTeacher(3, 4, 1));
    }

    @Test
    void smallNormIdentityTeacherRespectsBound() {
        for (int d : new int[] {1, 4, 13}) {
            TwoLayerNet t = Generators.smallNormIdentityTeacher(d, 0.3, 7);
            assertTrue(t.spec().identityMapping());
            double[] w = new double[d * d];
            for (int i = 0; i < w.length; i++) w[i] = t.params()[i];
            double norm = Generators.spectralNorm(w, d, d);
            assertTrue(norm <= 0.3 && norm > 0.3 * (1 - 1e-5), "norm " + norm);
            // Frobenius >= spectral >= max row norm: an independent sanity bound
            double fro = 0, maxRow = 0;
            for (int j = 0; j < d; j++) {
                double row = 0;
                for (int i = 0; i < d; i++) row += w[j * d + i] * w[j * d + i];
                maxRow = Math.max(maxRow, Math.sqrt(row));
                fro += row;
            }
            assertTrue(maxRow <= norm + 1e-9 && norm <= Math.sqrt(fro) + 1e-9);
        }
        // spectral norm of a known matrix: diag(3, -5) rotated
        assertEquals(5, Generators.spectralNorm(new double[] {0, 3, -5, 0}, 2, 2), 1e-12);
        assertEquals(Math.sqrt(2), Generators.spectralNorm(new double[] {1, 1}, 1, 2), 1e-12);
    }

    @Test
    void sixPointValuesAndWeights() {
        Dataset s = Generators.sixPoint(0.1);
        assertArrayEquals(new float[] {-1, -2, -3, 1, 2, 3}, s.x());
        assertArrayEquals(new float[] {-0.9f, 2.1f, -0.9f, 1.1f, -1.9f, 1.1f}, s.y(), 1e-7f);
        assertNull(s.weights());
        for (int n : new int[] {1, 16, 100}) {
            float[] p = Generators.multinomialWeights(6, n, new SplittableRandom(n));
            double total = 0;
            for (float v : p) {
                assertTrue(v >= 0);
                // each weight is a count / n^2
                double count = v * (double) n * n;
                assertEquals(Math.rint(count), count, 1e-3);
                total += v;
            }
            assertEquals(1, total, 1e-6);
        }
        float[] p = Generators.multinomialWeights(6, 300, new SplittableRandom(1));
        for (float v : p) assertEquals(1 / 6.0, v, 0.01); // 90 000 draws: sd ~ 0.0012
        Dataset w = Generators.sixPoint(0, 16, 3);
        assertArrayEquals(w.weights(), Generators.sixPoint(0, 16, 3).weights());
        assertFalse(java.util.Arrays.equals(w.weights(), Generators.sixPoint(0, 16, 4).weights()));
    }

    @Test
    void starRadiiAnglesAndLabels() {
        Dataset s = Generators.star();
        assertEquals(33, s.size());
        assertEquals(2, s.inputDim());
        double[] radii = {0.9, 1.0, 1.1};
        float[] labels = {1, -2, 1};
        for (int i = 0; i < 11; i++)
            for (int r = 0; r < 3; r++) {
                int row = 3 * i + r;
                double x0 = s.x()[2 * row], x1 = s.x()[2 * row + 1];
                assertEquals(radii[r], Math.hypot(x0, x1), 1e-6);
                double angle = Math.atan2(x1, x0);
                if (angle < -1e-6) angle += 2 * Math.PI;
                assertEquals(2 * Math.PI * i / 11, angle, 1e-6);
                assertEquals(labels[r], s.y()[row]);
            }
    }

    @Test
    void intervalPointsAndAffineTargets() {
        Dataset g = Generators.intervalGrid(-1, 3, 5, 2, 0.5);
        assertArrayEquals(new float[] {-1, 0, 1, 2, 3}, g.x());
        assertArrayEquals(new float[] {-1.5f, 0.5f, 2.5f, 4.5f, 6.5f}, g.y());
        Dataset u = Generators.intervalUniform(2, 4, 101, -1, 1, 8);
        for (int i = 0; i < 101; i++) {
            assertTrue(u.x()[i] >= 2 && u.x()[i] <= 4);
            assertEquals(-u.x()[i] + 1, u.y()[i], 1e-6);
        }
        assertArrayEquals(u.x(), Generators.intervalUniform(2, 4, 101, -1, 1, 8).x());
        assertThrows(IllegalArgumentException.class, () -> Generators.intervalGrid(1, 1, 3, 1, 0));
        assertEquals(1, Generators.intervalGrid(0, 1, 1, 1, 0).size());
    }
}
