package dev.twolayer.kernel;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch-1 step without dW stored, where it leaves W's rows whose unit has g = +-0 untouched (rows of 4 vectors,
 * see VectorBody512.SHORT_SKIP_MIN, and every longer row): the rows it steps come from a list of the units with
 * nonzero g (VectorBody512.activeUnits; for long rows from LIST_MIN weights). Checked bitwise against a plain loop,
 * with -0, NaN and infinite g, all units off, all on, hidden-unit tails, NaN past the last unit, rows with a partial
 * last vector, and two unit ranges sharing one list, as the parts of ParallelKernel do; and without a list
 * (VectorKernel#skipList: a leaky slope).
 */
class VectorStepSkipTest {

    @Test
    void skippingStepMovesExactlyTheRowsWithNonzeroG() {
        SplittableRandom r = new SplittableRandom(VectorKernelTest.RUN_SEED ^ 0x5c1bL);
        int checked = 0;
        for (VectorBody b : new VectorBody[] {new VectorBody512(), new VectorBody256(), new VectorBody128()}) {
            if (!VectorKernelTest.widthRuns(b.lanes() * 32)) continue;
            int L = b.lanes();
            for (int nv : new int[] {4, 5, 8}) for (boolean tail : new boolean[] {false, true}) {
                // with a tail: nv vectors a row, the last partial (weightGradRowTail)
                int d = tail ? nv * L - 1 - r.nextInt(L - 1) : nv * L;
                // rows of 4 whole vectors skip at d >= 32, else from SHORT_SKIP_MIN weights in the call's range (both
                // ranges below), with a partial 4th vector always; longer rows always, by a branch per unit (nv = 5)
                // and from a list from LIST_MIN weights (the ranges at nv = 8)
                int least = nv == 8 ? (VectorBody512.LIST_MIN + d - 1) / d
                        : nv == 5 || tail || d >= 32 ? 1 : VectorBody512.SHORT_SKIP_MIN / d;
                boolean skips = switch (L) {
                    case 16 -> VectorBody512.shortSkip(d, least, null, new int[1]);
                    case 8 -> VectorBody256.shortSkip(d, least, null, new int[1]);
                    default -> VectorBody128.shortSkip(d, least, null, new int[1]);
                };
                assertTrue(nv != 4 || tail || skips, "rows of 4 vectors not skipped at d=" + d);
                int k = 2 * least + 1 + r.nextInt(L - 1);
                for (String pattern : new String[] {"random", "none", "all", "specials"}) {
                    float[] gp = new float[k + L];
                    Arrays.fill(gp, k, gp.length, Float.NaN); // past k: never read as a unit
                    for (int j = 0; j < k; j++)
                        gp[j] = switch (pattern) {
                            case "none" -> r.nextBoolean() ? 0f : -0f;
                            case "all" -> (float) r.nextGaussian();
                            default -> r.nextInt(2) == 0 ? (r.nextBoolean() ? 0f : -0f) : (float) r.nextGaussian();
                        };
                    if (pattern.equals("specials")) {
                        gp[r.nextInt(k)] = Float.NaN;
                        gp[r.nextInt(k)] = Float.POSITIVE_INFINITY;
                        gp[k - 1] = -0f;
                    }
                    float[] x = new float[d + 3];
                    for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
                    int offW = r.nextInt(2 * L), xOff = r.nextInt(3);
                    float[] w0 = new float[offW + k * d + 5];
                    for (int i = 0; i < w0.length; i++) w0[i] = (float) r.nextGaussian();
                    float lr = 0.03f;
                    float[] ref = w0.clone();
                    int moved = 0;
                    for (int j = 0; j < k; j++) {
                        if (gp[j] == 0f) continue;
                        moved++;
                        for (int p = 0; p < d; p++) {
                            int i = offW + j * d + p;
                            ref[i] = ref[i] - Math.fma(gp[j], x[xOff + p], 0f) * lr;
                        }
                    }
                    // two ranges of units with one list, the first call's writes checked to stay in its range
                    int split = least + r.nextInt(k - 2 * least + 1);
                    assertTrue(split >= least && k - split >= least, "a range too short to skip");
                    float[] w = w0.clone(), grad = new float[w0.length];
                    Arrays.fill(grad, 7f);
                    int[] units = new int[k + L]; // as the workspace's: a vector of slack
                    Arrays.fill(units, -7);
                    b.weightGradRows(x, xOff, 1, d, gp, k, grad, offW, 0, split, false, w, false, lr, 0, units);
                    for (int j = split; j < units.length; j++)
                        assertEquals(-7, units[j], "list written past its range at " + j);
                    b.weightGradRows(x, xOff, 1, d, gp, k, grad, offW, split, k, false, w, false, lr, 0, units);
                    String what = "L=" + L + " d=" + d + " k=" + k + " " + pattern + " split " + split;
                    for (int i = 0; i < w.length; i++)
                        assertEquals(Float.floatToRawIntBits(ref[i]), Float.floatToRawIntBits(w[i]),
                                what + " at " + i + " (unit " + (i - offW) / d + ")");
                    for (float g : grad) assertEquals(7f, g, what + ": dW stored");
                    // without a list (a leaky net's step): every row stepped straight or by a branch, the same bits
                    float[] w2 = w0.clone();
                    b.weightGradRows(x, xOff, 1, d, gp, k, grad, offW, 0, k, false, w2, false, lr, 0, null);
                    for (int i = 0; i < w2.length; i++)
                        assertEquals(Float.floatToRawIntBits(ref[i]), Float.floatToRawIntBits(w2[i]),
                                what + ", no list, at " + i + " (unit " + (i - offW) / d + ")");
                    if (pattern.equals("none")) assertEquals(0, moved);
                    if (pattern.equals("all")) assertEquals(k, moved);
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "no width ran");
    }
}
