package dev.twolayer.kernel;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The workspace's packed W^T and X start on a 64-byte boundary when the JVM aligns objects to 64 bytes. The surefire
 * execution {@code aligned} runs this and the kernel tests with {@code -XX:ObjectAlignmentInBytes=64}, so the kernels
 * are also checked with their packed arrays at that offset; the default execution checks the offset is 0.
 */
class VectorAlignmentTest {

    @Test
    void packedArraysStartOnACacheLineWhenObjectsDo() {
        var bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        int objectAlignment = Integer.parseInt(bean.getVMOption("ObjectAlignmentInBytes").getValue());
        boolean compact = Boolean.parseBoolean(bean.getVMOption("UseCompactObjectHeaders").getValue());
        // a float[]'s data follows a 16-byte header (12 with compact headers); the offset in floats reaches the next
        // multiple of 64 bytes
        int expected = objectAlignment >= 64 ? (compact ? 13 : 12) : 0;
        assertEquals(expected, VectorWorkspace.ALIGN, "ObjectAlignmentInBytes=" + objectAlignment);
        assertEquals(Integer.getInteger("twolayer.expectAlign", expected), VectorWorkspace.ALIGN,
                "the surefire execution's expectation");
    }

    /**
     * The batch-1 step of W (rows of 1-4 vectors; aligned vectors for 2-4 without dW stored) at any alignment: dW and
     * the stepped W bitwise as with the offset at W's start (weightGradRowShort, checked against the scalar kernel
     * elsewhere). Every width, unit ranges from one unit up (from a unit past 0 too; aligned from
     * VectorBody512.ALIGNED_MIN_UNITS), W at offsets in the array, dW stored or not, W stepped or not, g = 0 on some
     * units, fresh random values.
     */
    @Test
    void batchOneStepIsBitwiseTheSameAtEveryAlignment() {
        SplittableRandom r = new SplittableRandom(2026);
        int checked = 0;
        for (VectorBody b : new VectorBody[] {new VectorBody512(), new VectorBody256(), new VectorBody128()}) {
            int L = b.lanes();
            for (int nv = 1; nv <= 4; nv++) {
                int d = nv * L;
                // the aligned pass from ALIGNED_MIN_UNITS units (16): the shorter ranges check the threshold's path
                for (int[] units : new int[][] {{0, 1}, {0, 2}, {1, 6}, {0, 17}, {3, 40}}) {
                    int j1 = units[0], j2 = units[1], offW = r.nextInt(3 * L), k = j2 + r.nextInt(3);
                    float[] x = new float[d + 5], gp = new float[k + 16];
                    for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
                    for (int j = 0; j < k; j++) gp[j] = r.nextInt(4) == 0 ? 0f : (float) r.nextGaussian();
                    gp[j1] = 0.5f + r.nextFloat(); // W's first row moves
                    float[] w0 = new float[offW + k * d + 7], g0 = new float[w0.length];
                    for (int i = 0; i < w0.length; i++) {
                        w0[i] = (float) r.nextGaussian();
                        g0[i] = (float) r.nextGaussian();
                    }
                    int xOff = r.nextInt(5);
                    for (int mode = 0; mode < 3; mode++) { // step and dW, step only, dW only
                        boolean stepW = mode < 2, keep = mode == 0;
                        // no list of moving units (as a leaky net's step): rows of 4 vectors take the aligned
                        // step, not the list's (VectorStepSkipTest). Reference: align at W's first unit, so that no
                        // vector is shifted
                        float[] wRef = w0.clone(), gRef = g0.clone();
                        b.weightGradRows(x, xOff, 1, d, gp, k, gRef, offW, j1, j2, false, stepW ? wRef : null, keep,
                                0.03f, offW + j1 * d, null);
                        for (int align = 0; align < L; align++) {
                            float[] w = w0.clone(), g = g0.clone();
                            b.weightGradRows(x, xOff, 1, d, gp, k, g, offW, j1, j2, false, stepW ? w : null, keep,
                                    0.03f, align, null);
                            String what = "L=" + L + " d=" + d + " units " + j1 + ".." + j2 + " offW=" + offW
                                    + " mode " + mode + " align " + align;
                            assertArrayEquals(wRef, w, "W, " + what);
                            assertArrayEquals(gRef, g, "dW, " + what);
                            checked++;
                        }
                        if (stepW) assertFalse(Arrays.equals(wRef, w0), "W not stepped");
                    }
                }
            }
        }
        assertEquals(4 * 5 * 3 * (16 + 8 + 4), checked);
    }

    /**
     * The batch-1 forward at d = 4 vectors with a large W (dotRowFourAligned's whole blocks) at any alignment: Z and
     * y bitwise as with W's start on a line (dotRowFew alone). Every width; k a whole number of blocks and not; one and
     * two rows; parameters that end right after W's biases (the aligned loads read up to L floats past W).
     */
    @Test
    void batchOneForwardIsBitwiseTheSameAtEveryAlignment() {
        SplittableRandom r = new SplittableRandom(2027);
        int checked = 0;
        for (VectorBody b : new VectorBody[] {new VectorBody512(), new VectorBody256(), new VectorBody128()}) {
            int L = b.lanes(), d = 4 * L;
            for (int extra : new int[] {0, 7}) {
                int k = VectorBody512.ALIGNED_FORWARD_MIN / d + extra, kp = (k + L - 1) / L * L, rows = 1 + extra % 2;
                float[] w = new float[k * d + 2 * k + 1], x = new float[rows * d];
                for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
                for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
                float[] zRef = new float[rows * kp], yRef = new float[rows];
                b.forwardZDot(w, k, x, 0, rows, d, kp, k * d, false, zRef, true, k * d + k, 0.25f, 0f, yRef, 0);
                for (int align = 1; align < L; align++) {
                    float[] z = new float[rows * kp], y = new float[rows];
                    b.forwardZDot(w, k, x, 0, rows, d, kp, k * d, false, z, true, k * d + k, 0.25f, 0f, y, align);
                    assertArrayEquals(zRef, z, "Z, L=" + L + " k=" + k + " align " + align);
                    assertArrayEquals(yRef, y, "y, L=" + L + " k=" + k + " align " + align);
                    checked++;
                }
            }
        }
        assertEquals(2 * (15 + 7 + 3), checked);
    }
}
