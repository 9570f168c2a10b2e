// GENERATED from VectorBody512.java by src/main/sh/gen-vector-bodies.sh: do not edit.
package dev.twolayer.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

import java.util.Arrays;

/**
 * Vector loops at a fixed width. This file is the template: the other widths are generated from it by
 * {@code src/main/sh/gen-vector-bodies.sh} (edit here, then run the script; a test checks they are in sync).
 *
 * <p>GEMMs use register tiles of 6 or 4 samples (or hidden units) x 4 vectors (24 or 16 accumulators) with
 * broadcast-FMA over the reduction index, plus 4 x 1, 1 x 4 and 1 x 1 tiles for the tails. Their operands are packed
 * so that every load in an inner loop moves by a constant stride ({@code 4 * L} or {@code L}): C2 then removes the
 * bounds checks from the loop, which with a variable stride (kp, d) it cannot, and which cost about a third of the
 * GEMMs' speed.
 *
 * <p>A vector carried round a loop and used there as a receiver ({@code sum = sum.add(v)}) is cast to S's vector
 * class first: {@code VCLASS.cast(sum).add(v)}. While C2 parses a loop it types the loop's phis by their declared
 * class, the abstract FloatVector, so it can bind such a call only by the receiver profile of the JDK's shared vector
 * methods; where that profile is empty or polluted the call stays virtual, and since the phi's type depends on the
 * call's result, late inlining cannot recover it: the vector is boxed on every iteration (the flakes of
 * AllocationTest, and every such loop with -XX:TypeProfileWidth=0). The class is final, and Class.cast of a constant
 * class is C2's checkcast: the vector's class is exact after it, and the check folds away. Until stop 55 this was
 * {@code check(S)}, whose class test runs in the JDK's shared AbstractVector.sameSpecies: in some JVMs C2 kept that
 * test's failure branch (a call of checkFailed) and did not learn the class, and the calls after it stayed virtual
 * (dotRowBlocks at 256 bits, d=256 k=64 m=4 one row: blend and add boxed, 12.4 MB a round of AllocationTest, in 7
 * of 20 JVMs printing their inlining; 0 of 40 with the cast). Receivers that are not such phis need nothing: C2
 * binds them by late inlining once their class is known. The lane-sum stages ({@code v = perm.selectFrom(v).add(v)})
 * take the carried vector as the argument instead, which needs no cast (a + b and b + a are the same bits): the
 * cast's bytes would take small methods such as rowOutput1 past C2's size for inlining a hot call (325 bytes).
 */
final class VectorBody256 extends VectorBody {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    private static final VectorSpecies<Integer> SI = IntVector.SPECIES_256;
    /** S's vector class, a final class of the JDK's: a cast to it gives C2 a vector's exact class (see above). */
    @SuppressWarnings("unchecked")
    private static final Class<? extends FloatVector> VCLASS = (Class<? extends FloatVector>) S.vectorType();
    /** Doubles in the same bits: half a float vector's lanes (the residuals' sums). */
    private static final VectorSpecies<Double> SD = DoubleVector.SPECIES_256;
    @SuppressWarnings("unchecked")
    private static final Class<? extends DoubleVector> DCLASS = (Class<? extends DoubleVector>) SD.vectorType();
    /**
     * A float vector's halves swapped, lane l to (l + L/2) mod L, which is l ^ L/2: residualLanes' permutation that
     * moves the upper half down (see there why), and the first stage of XOR_LANES' tree in the one-row lane sums
     * (see XOR_STAGE1).
     */
    private static final VectorShuffle<Float> UPPER_HALF =
            VectorShuffle.fromOp(S, l -> (l + S.length() / 2) % S.length());

    /**
     * L as a compile-time constant: javac drops the code behind a false test of it, where a test of S.length() left
     * it to the JIT, and C1 kept it (VectorBody128's rowGrad1 with the half and quarter tails' blocks ran C1's tier-3
     * OSR compile out of virtual registers: C1CompileTest).
     */
    private static final int LANES = 256 / 32;
    /**
     * Half and quarter vectors (at 128 bits both unused, at 256 the quarter): the one-row units steps (rowOutput1,
     * rowGrad1) load and store a tail of L/2 or L/4 units plainly by them, not masked. Why: a masked load waits for
     * the stores before it to reach the cache where a plain one takes its data on the way, and a masked store is not
     * forwarded at all (Zen 4, a store and a load of the same vector in a chain: plain 0.8 ns, masked 7.4, a 256-bit
     * and a 128-bit vector 0.85), and each one-row step loads what the step before stored. Written out where used,
     * not as helpers: a helper is a call C2 may refuse to inline (rowGrad1 passed its NodeCountInliningCutoff), and
     * a vector crossing a call is boxed; the Vector API's own methods are inlined by force.
     */
    private static final VectorSpecies<Float> HALF =
            VectorSpecies.of(float.class, VectorShape.forBitSize(Math.max(256 / 2, 64)));
    private static final VectorSpecies<Float> QUARTER =
            VectorSpecies.of(float.class, VectorShape.forBitSize(Math.max(256 / 4, 64)));
    @SuppressWarnings("unchecked")
    private static final Class<? extends FloatVector> HCLASS = (Class<? extends FloatVector>) HALF.vectorType(),
            QCLASS = (Class<? extends FloatVector>) QUARTER.vectorType();

    @Override int lanes() { return S.length(); }

    // ---------------------------------------------------------------- packing

    @Override
    void packTransposed(float[] w, int k, int d, int kp, int[] rowStarts, float[] wt, int wtOff, int j1, int j2) {
        final int L = S.length();
        if (d < L) {
            packTransposedNarrow(w, k, d, kp, rowStarts, wt, wtOff, j1, j2);
            return;
        }
        for (int jv = j1; jv < j2; jv += L) {
            int j0 = jv - jv % (4 * L), width = Math.min(4 * L, kp - j0), col = wtOff + j0 * d + jv - j0;
            int src = jv * d, n = Math.min(L, k - jv);
            // L x L blocks transposed in registers (two-vector permutes; gathers took 2x the time, d=256 k=4096: 445
            // vs 234 us), the rows of units past k read as zeros (pads zero; a masked gather per input took 80 ns at
            // d=16 k=8). When L does not divide d the last block ends at d and overlaps the one before, writing the
            // same values again: no gathers here, whose inlined Java code once took this method past C2's inlining
            // budget, so that they ran as plain Java and allocated (AllocationTest, d=70 k=40 on two threads)
            for (int p = 0; p < d; p += L) {
                int q = Math.min(p, d - L);
                transposeBlock(w, src + q, d, wt, col + q * width, width, n, L);
            }
        }
    }

    /** packTransposed for d < L: one gather per input (masked for the last units, offsets rowStarts[L..2L)). */
    private static void packTransposedNarrow(float[] w, int k, int d, int kp, int[] rowStarts, float[] wt, int wtOff,
                                             int j1, int j2) {
        final int L = S.length();
        for (int jv = j1; jv < j2; jv += L) {
            int j0 = jv - jv % (4 * L), width = Math.min(4 * L, kp - j0), col = wtOff + j0 * d + jv - j0;
            int src = jv * d;
            if (jv + L <= k) {
                for (int p = 0; p < d; p++)
                    FloatVector.fromArray(S, w, src + p, rowStarts, 0).intoArray(wt, col + p * width);
            } else {
                VectorMask<Float> mk = S.indexInRange(jv, k);
                for (int p = 0; p < d; p++)
                    FloatVector.fromArray(S, w, src + p, rowStarts, L, mk).intoArray(wt, col + p * width);
            }
        }
    }

    /**
     * Index vectors of the in-register transposition, stage b at [2bL, (2b+2)L): stage b pairs rows r and r | 2^b
     * (bit b of r clear) and swaps bit b of the row with bit b of the lane, so after log2(L) stages row q holds
     * column q. Lo (row r): lane c from row r if bit b of c is clear, else lane c ^ 2^b of row r | 2^b (index L + ..);
     * hi (row r | 2^b): lane c | 2^b of row r, or lane c of row r | 2^b.
     */
    private static final float[] TRANSPOSE = transposeIndex();

    private static float[] transposeIndex() {
        int L = S.length(), stages = Integer.numberOfTrailingZeros(L);
        float[] t = new float[2 * stages * L];
        for (int b = 0; b < stages; b++) {
            int bit = 1 << b;
            for (int c = 0; c < L; c++) {
                t[2 * b * L + c] = (c & bit) == 0 ? c : L + (c ^ bit);
                t[(2 * b + 1) * L + c] = (c & bit) == 0 ? (c | bit) : L + c;
            }
        }
        return t;
    }

    /**
     * wt[o + q * width + l] = w[s + l * d + q] for q, l in [0, L): one L x L block transposed. Every row is loaded
     * before any is stored, so the block may be transposed in place. One method per lane count, as the L rows must be
     * L locals (an array of vectors would be allocated): every generated width carries all three, and its constant
     * lane count leaves the JIT only its own.
     */
    private static void transposeBlock(float[] w, int s, int d, float[] wt, int o, int width) {
        transposeBlock(w, s, d, wt, o, width, S.length(), S.length());
    }

    /**
     * As above with rows [nIn, L) of the source read as zeros (not read) and only rows [0, nOut) of the result
     * stored: the last hidden units of W or dW^T (a masked gather per input or unit took twice as long or more).
     */
    private static void transposeBlock(float[] w, int s, int d, float[] wt, int o, int width, int nIn, int nOut) {
        switch (S.length()) {
            case 16 -> transpose16(w, s, d, wt, o, width, nIn, nOut);
            case 8 -> transpose8(w, s, d, wt, o, width, nIn, nOut);
            case 4 -> transpose4(w, s, d, wt, o, width, nIn, nOut);
            default -> throw new AssertionError("no transposition for " + S.length() + " lanes");
        }
    }

    /**
     * TRANSPOSE as int lanes: the transpositions permute the rows' bits as int lanes (reinterpreted, no instruction).
     * With float indices every index vector took a conversion with its NaN and range checks, about ten instructions:
     * a 16 x 16 block in L1 took 28-33 ns, with these 22-23 (in-JVM probe, Xeon). Written out without helpers: with
     * helpers returning IntVector, C2 left vectors boxed (3 KB allocated per step at d=16 k=8 batch 32).
     */
    private static final int[] TRANSPOSE_INT = transposeIndexInt();

    private static int[] transposeIndexInt() {
        int[] t = new int[TRANSPOSE.length];
        for (int i = 0; i < t.length; i++) t[i] = (int) TRANSPOSE[i];
        return t;
    }

    private static void transpose16(float[] w, int s, int d, float[] wt, int o, int width, int nIn, int nOut) {
        IntVector zero = IntVector.zero(SI);
        IntVector r0 = 0 < nIn ? FloatVector.fromArray(S, w, s).reinterpretAsInts() : zero;
        IntVector r1 = 1 < nIn ? FloatVector.fromArray(S, w, s + d).reinterpretAsInts() : zero;
        IntVector r2 = 2 < nIn ? FloatVector.fromArray(S, w, s + 2 * d).reinterpretAsInts() : zero;
        IntVector r3 = 3 < nIn ? FloatVector.fromArray(S, w, s + 3 * d).reinterpretAsInts() : zero;
        IntVector r4 = 4 < nIn ? FloatVector.fromArray(S, w, s + 4 * d).reinterpretAsInts() : zero;
        IntVector r5 = 5 < nIn ? FloatVector.fromArray(S, w, s + 5 * d).reinterpretAsInts() : zero;
        IntVector r6 = 6 < nIn ? FloatVector.fromArray(S, w, s + 6 * d).reinterpretAsInts() : zero;
        IntVector r7 = 7 < nIn ? FloatVector.fromArray(S, w, s + 7 * d).reinterpretAsInts() : zero;
        IntVector r8 = 8 < nIn ? FloatVector.fromArray(S, w, s + 8 * d).reinterpretAsInts() : zero;
        IntVector r9 = 9 < nIn ? FloatVector.fromArray(S, w, s + 9 * d).reinterpretAsInts() : zero;
        IntVector r10 = 10 < nIn ? FloatVector.fromArray(S, w, s + 10 * d).reinterpretAsInts() : zero;
        IntVector r11 = 11 < nIn ? FloatVector.fromArray(S, w, s + 11 * d).reinterpretAsInts() : zero;
        IntVector r12 = 12 < nIn ? FloatVector.fromArray(S, w, s + 12 * d).reinterpretAsInts() : zero;
        IntVector r13 = 13 < nIn ? FloatVector.fromArray(S, w, s + 13 * d).reinterpretAsInts() : zero;
        IntVector r14 = 14 < nIn ? FloatVector.fromArray(S, w, s + 14 * d).reinterpretAsInts() : zero;
        IntVector r15 = 15 < nIn ? FloatVector.fromArray(S, w, s + 15 * d).reinterpretAsInts() : zero;
        IntVector lo0 = IntVector.fromArray(SI, TRANSPOSE_INT, 0);
        IntVector hi0 = IntVector.fromArray(SI, TRANSPOSE_INT, 16);
        IntVector t0_0 = lo0.selectFrom(r0, r1), t0_1 = hi0.selectFrom(r0, r1);
        IntVector t0_2 = lo0.selectFrom(r2, r3), t0_3 = hi0.selectFrom(r2, r3);
        IntVector t0_4 = lo0.selectFrom(r4, r5), t0_5 = hi0.selectFrom(r4, r5);
        IntVector t0_6 = lo0.selectFrom(r6, r7), t0_7 = hi0.selectFrom(r6, r7);
        IntVector t0_8 = lo0.selectFrom(r8, r9), t0_9 = hi0.selectFrom(r8, r9);
        IntVector t0_10 = lo0.selectFrom(r10, r11), t0_11 = hi0.selectFrom(r10, r11);
        IntVector t0_12 = lo0.selectFrom(r12, r13), t0_13 = hi0.selectFrom(r12, r13);
        IntVector t0_14 = lo0.selectFrom(r14, r15), t0_15 = hi0.selectFrom(r14, r15);
        IntVector lo1 = IntVector.fromArray(SI, TRANSPOSE_INT, 32);
        IntVector hi1 = IntVector.fromArray(SI, TRANSPOSE_INT, 48);
        IntVector t1_0 = lo1.selectFrom(t0_0, t0_2), t1_2 = hi1.selectFrom(t0_0, t0_2);
        IntVector t1_1 = lo1.selectFrom(t0_1, t0_3), t1_3 = hi1.selectFrom(t0_1, t0_3);
        IntVector t1_4 = lo1.selectFrom(t0_4, t0_6), t1_6 = hi1.selectFrom(t0_4, t0_6);
        IntVector t1_5 = lo1.selectFrom(t0_5, t0_7), t1_7 = hi1.selectFrom(t0_5, t0_7);
        IntVector t1_8 = lo1.selectFrom(t0_8, t0_10), t1_10 = hi1.selectFrom(t0_8, t0_10);
        IntVector t1_9 = lo1.selectFrom(t0_9, t0_11), t1_11 = hi1.selectFrom(t0_9, t0_11);
        IntVector t1_12 = lo1.selectFrom(t0_12, t0_14), t1_14 = hi1.selectFrom(t0_12, t0_14);
        IntVector t1_13 = lo1.selectFrom(t0_13, t0_15), t1_15 = hi1.selectFrom(t0_13, t0_15);
        IntVector lo2 = IntVector.fromArray(SI, TRANSPOSE_INT, 64);
        IntVector hi2 = IntVector.fromArray(SI, TRANSPOSE_INT, 80);
        IntVector t2_0 = lo2.selectFrom(t1_0, t1_4), t2_4 = hi2.selectFrom(t1_0, t1_4);
        IntVector t2_1 = lo2.selectFrom(t1_1, t1_5), t2_5 = hi2.selectFrom(t1_1, t1_5);
        IntVector t2_2 = lo2.selectFrom(t1_2, t1_6), t2_6 = hi2.selectFrom(t1_2, t1_6);
        IntVector t2_3 = lo2.selectFrom(t1_3, t1_7), t2_7 = hi2.selectFrom(t1_3, t1_7);
        IntVector t2_8 = lo2.selectFrom(t1_8, t1_12), t2_12 = hi2.selectFrom(t1_8, t1_12);
        IntVector t2_9 = lo2.selectFrom(t1_9, t1_13), t2_13 = hi2.selectFrom(t1_9, t1_13);
        IntVector t2_10 = lo2.selectFrom(t1_10, t1_14), t2_14 = hi2.selectFrom(t1_10, t1_14);
        IntVector t2_11 = lo2.selectFrom(t1_11, t1_15), t2_15 = hi2.selectFrom(t1_11, t1_15);
        IntVector lo3 = IntVector.fromArray(SI, TRANSPOSE_INT, 96);
        IntVector hi3 = IntVector.fromArray(SI, TRANSPOSE_INT, 112);
        lo3.selectFrom(t2_0, t2_8).reinterpretAsFloats().intoArray(wt, o);
        if (nOut > 8) hi3.selectFrom(t2_0, t2_8).reinterpretAsFloats().intoArray(wt, o + 8 * width);
        if (nOut > 1) lo3.selectFrom(t2_1, t2_9).reinterpretAsFloats().intoArray(wt, o + width);
        if (nOut > 9) hi3.selectFrom(t2_1, t2_9).reinterpretAsFloats().intoArray(wt, o + 9 * width);
        if (nOut > 2) lo3.selectFrom(t2_2, t2_10).reinterpretAsFloats().intoArray(wt, o + 2 * width);
        if (nOut > 10) hi3.selectFrom(t2_2, t2_10).reinterpretAsFloats().intoArray(wt, o + 10 * width);
        if (nOut > 3) lo3.selectFrom(t2_3, t2_11).reinterpretAsFloats().intoArray(wt, o + 3 * width);
        if (nOut > 11) hi3.selectFrom(t2_3, t2_11).reinterpretAsFloats().intoArray(wt, o + 11 * width);
        if (nOut > 4) lo3.selectFrom(t2_4, t2_12).reinterpretAsFloats().intoArray(wt, o + 4 * width);
        if (nOut > 12) hi3.selectFrom(t2_4, t2_12).reinterpretAsFloats().intoArray(wt, o + 12 * width);
        if (nOut > 5) lo3.selectFrom(t2_5, t2_13).reinterpretAsFloats().intoArray(wt, o + 5 * width);
        if (nOut > 13) hi3.selectFrom(t2_5, t2_13).reinterpretAsFloats().intoArray(wt, o + 13 * width);
        if (nOut > 6) lo3.selectFrom(t2_6, t2_14).reinterpretAsFloats().intoArray(wt, o + 6 * width);
        if (nOut > 14) hi3.selectFrom(t2_6, t2_14).reinterpretAsFloats().intoArray(wt, o + 14 * width);
        if (nOut > 7) lo3.selectFrom(t2_7, t2_15).reinterpretAsFloats().intoArray(wt, o + 7 * width);
        if (nOut > 15) hi3.selectFrom(t2_7, t2_15).reinterpretAsFloats().intoArray(wt, o + 15 * width);
    }

    private static void transpose8(float[] w, int s, int d, float[] wt, int o, int width, int nIn, int nOut) {
        IntVector zero = IntVector.zero(SI);
        IntVector r0 = 0 < nIn ? FloatVector.fromArray(S, w, s).reinterpretAsInts() : zero;
        IntVector r1 = 1 < nIn ? FloatVector.fromArray(S, w, s + d).reinterpretAsInts() : zero;
        IntVector r2 = 2 < nIn ? FloatVector.fromArray(S, w, s + 2 * d).reinterpretAsInts() : zero;
        IntVector r3 = 3 < nIn ? FloatVector.fromArray(S, w, s + 3 * d).reinterpretAsInts() : zero;
        IntVector r4 = 4 < nIn ? FloatVector.fromArray(S, w, s + 4 * d).reinterpretAsInts() : zero;
        IntVector r5 = 5 < nIn ? FloatVector.fromArray(S, w, s + 5 * d).reinterpretAsInts() : zero;
        IntVector r6 = 6 < nIn ? FloatVector.fromArray(S, w, s + 6 * d).reinterpretAsInts() : zero;
        IntVector r7 = 7 < nIn ? FloatVector.fromArray(S, w, s + 7 * d).reinterpretAsInts() : zero;
        IntVector lo0 = IntVector.fromArray(SI, TRANSPOSE_INT, 0);
        IntVector hi0 = IntVector.fromArray(SI, TRANSPOSE_INT, 8);
        IntVector t0_0 = lo0.selectFrom(r0, r1), t0_1 = hi0.selectFrom(r0, r1);
        IntVector t0_2 = lo0.selectFrom(r2, r3), t0_3 = hi0.selectFrom(r2, r3);
        IntVector t0_4 = lo0.selectFrom(r4, r5), t0_5 = hi0.selectFrom(r4, r5);
        IntVector t0_6 = lo0.selectFrom(r6, r7), t0_7 = hi0.selectFrom(r6, r7);
        IntVector lo1 = IntVector.fromArray(SI, TRANSPOSE_INT, 16);
        IntVector hi1 = IntVector.fromArray(SI, TRANSPOSE_INT, 24);
        IntVector t1_0 = lo1.selectFrom(t0_0, t0_2), t1_2 = hi1.selectFrom(t0_0, t0_2);
        IntVector t1_1 = lo1.selectFrom(t0_1, t0_3), t1_3 = hi1.selectFrom(t0_1, t0_3);
        IntVector t1_4 = lo1.selectFrom(t0_4, t0_6), t1_6 = hi1.selectFrom(t0_4, t0_6);
        IntVector t1_5 = lo1.selectFrom(t0_5, t0_7), t1_7 = hi1.selectFrom(t0_5, t0_7);
        IntVector lo2 = IntVector.fromArray(SI, TRANSPOSE_INT, 32);
        IntVector hi2 = IntVector.fromArray(SI, TRANSPOSE_INT, 40);
        lo2.selectFrom(t1_0, t1_4).reinterpretAsFloats().intoArray(wt, o);
        if (nOut > 4) hi2.selectFrom(t1_0, t1_4).reinterpretAsFloats().intoArray(wt, o + 4 * width);
        if (nOut > 1) lo2.selectFrom(t1_1, t1_5).reinterpretAsFloats().intoArray(wt, o + width);
        if (nOut > 5) hi2.selectFrom(t1_1, t1_5).reinterpretAsFloats().intoArray(wt, o + 5 * width);
        if (nOut > 2) lo2.selectFrom(t1_2, t1_6).reinterpretAsFloats().intoArray(wt, o + 2 * width);
        if (nOut > 6) hi2.selectFrom(t1_2, t1_6).reinterpretAsFloats().intoArray(wt, o + 6 * width);
        if (nOut > 3) lo2.selectFrom(t1_3, t1_7).reinterpretAsFloats().intoArray(wt, o + 3 * width);
        if (nOut > 7) hi2.selectFrom(t1_3, t1_7).reinterpretAsFloats().intoArray(wt, o + 7 * width);
    }

    private static void transpose4(float[] w, int s, int d, float[] wt, int o, int width, int nIn, int nOut) {
        IntVector zero = IntVector.zero(SI);
        IntVector r0 = 0 < nIn ? FloatVector.fromArray(S, w, s).reinterpretAsInts() : zero;
        IntVector r1 = 1 < nIn ? FloatVector.fromArray(S, w, s + d).reinterpretAsInts() : zero;
        IntVector r2 = 2 < nIn ? FloatVector.fromArray(S, w, s + 2 * d).reinterpretAsInts() : zero;
        IntVector r3 = 3 < nIn ? FloatVector.fromArray(S, w, s + 3 * d).reinterpretAsInts() : zero;
        IntVector lo0 = IntVector.fromArray(SI, TRANSPOSE_INT, 0);
        IntVector hi0 = IntVector.fromArray(SI, TRANSPOSE_INT, 4);
        IntVector t0_0 = lo0.selectFrom(r0, r1), t0_1 = hi0.selectFrom(r0, r1);
        IntVector t0_2 = lo0.selectFrom(r2, r3), t0_3 = hi0.selectFrom(r2, r3);
        IntVector lo1 = IntVector.fromArray(SI, TRANSPOSE_INT, 8);
        IntVector hi1 = IntVector.fromArray(SI, TRANSPOSE_INT, 12);
        lo1.selectFrom(t0_0, t0_2).reinterpretAsFloats().intoArray(wt, o);
        if (nOut > 2) hi1.selectFrom(t0_0, t0_2).reinterpretAsFloats().intoArray(wt, o + 2 * width);
        if (nOut > 1) lo1.selectFrom(t0_1, t0_3).reinterpretAsFloats().intoArray(wt, o + width);
        if (nOut > 3) hi1.selectFrom(t0_1, t0_3).reinterpretAsFloats().intoArray(wt, o + 3 * width);
    }

    @Override
    void unpackTransposed(float[] dwt, int d, int k, int kp, float[] grad, int off, int j1, int j2) {
        final int L = S.length();
        int p0 = 0, jEnd = Math.min(j2, k);
        // full vectors of inputs: L x L blocks transposed in registers (the last units' block stores only the rows
        // of units below k; a gather per unit took 40 ns at d=16 k=8)
        for (; p0 + L <= d; p0 += L) {
            int base = p0 * kp;
            for (int j = j1; j < jEnd; j += L)
                transposeBlock(dwt, base + j, kp, grad, off + j * d + p0, d, L, Math.min(L, jEnd - j));
        }
        for (int j = j1; j < jEnd; j++) for (int p = p0; p < d; p++) grad[off + j * d + p] = dwt[p * kp + j];
    }

    // ---------------------------------------------------------------- forward: Z = X W^T + b

    /**
     * Inputs per block of the GEMM form's Z: the block's slice of a W^T panel (4L wide) is 32 KiB, so it stays in L1
     * while every row of the block passes; a multiple of 4L (whole chunks of packed X).
     */
    private static final int Z_BLOCK = 2048 / S.length();
    /**
     * Rows per group of the GEMM form's Z (a multiple of 6): with blocks of inputs each Z element goes through memory
     * once a block, and a group's Z (64 KiB per panel at 256 bits) stays in L2. Without groups, at d=1024 k=4096 and
     * chunks of 1024 rows, the panel's Z (256 KiB) and X (4 MiB) went past L2 between blocks: steps 0.92-0.93x as fast
     * as before the blocks; forwardZ alone at 1024 rows ran 109-112 GFLOP/s without groups, 127-130 with.
     */
    private static final int Z_ROWS = 252;

    @Override
    void forwardZ(float[] x, int xOff, float[] xp, int xpOff, int chunkRows, int i0, int rows, int j1, int j2, int d,
                  int kp, float[] wt, int wtOff, float[] bp, float[] z) {
        int end = i0 + rows;
        final int L = S.length();
        // panel of 4 vectors of hidden units outer, then blocks of inputs: the block's slice of the panel (contiguous)
        // stays in L1 while all samples pass. Between blocks the sums go through Z, so each is the same FMA chain.
        // The tiles broadcast X from its packed copy: the rows of a tile then share one index (with X's rows at stride
        // d, C2 kept a register per row and spilled one through an XMM register every iteration)
        int j = j1;
        for (; j + 4 * L <= j2; j += 4 * L) {
            // Z in panels (see zIndex): row i of this panel at zb + i * 4L + j
            int wo = wtOff + j * d, zb = j * chunkRows - j;
            // groups of rows, so that the group's Z (re-read by every block) stays in L2 with X streaming past
            for (int g0 = i0; g0 < end; ) {
                int g1 = end - g0 < 2 * Z_ROWS ? end : g0 + Z_ROWS, n = g1 - g0;
                // 6-row tiles, but a remainder of 2 or 3 rows borrows one tile's rows to make two 4-row tiles (a
                // 1-row tile streams the whole panel for 4 FMAs a load)
                int sixEnd = g1 - (n % 6 == 2 || n % 6 == 3 ? Math.min(n, 6 + n % 6) : n % 6);
                for (int p0 = 0; ; p0 += Z_BLOCK) {
                    int p1 = d - p0 < 2 * Z_BLOCK ? d : p0 + Z_BLOCK; // the last block takes the rest
                    boolean first = p0 == 0;
                    int i = g0;
                    for (; i + 6 <= sixEnd; i += 6)
                        z6x4(x, xOff + i * d, xp, xpOff + i * 4 * L, chunkRows, d, p0, p1, first, wt, wo, bp, z, 4 * L, j,
                                zb + i * 4 * L);
                    for (; i + 4 <= g1; i += 4)
                        z4x4(x, xOff + i * d, xp, xpOff + i * 4 * L, chunkRows, d, p0, p1, first, wt, wo, bp, z, 4 * L, j,
                                zb + i * 4 * L);
                    for (; i < g1; i++)
                        z1x4(x, xOff + i * d, xp, xpOff + i * 4 * L, chunkRows, d, p0, p1, first, wt, wo, bp, z, 4 * L, j,
                                zb + i * 4 * L);
                    if (p1 == d) break;
                }
                g0 = g1;
            }
        }
        if (j < j2) {
            // last panel, 1 to 3 vectors wide: its rows have that width (a variable stride; tails only)
            int width = kp - j, base = wtOff + j * d, zb = j * chunkRows - j; // Z's last panel: rows of this width
            for (int jv = j; jv < kp; jv += L) {
                int wo = base + jv - j, i = i0;
                // 8 rows: 8 independent FMA chains (4 left the FMA units half idle: d=64 k=8 batch 32 forwardZ 0.60 us)
                for (; i + 8 <= end; i += 8) z8x1(x, xOff + i * d, d, wt, wo, width, bp, z, width, jv, zb + i * width);
                for (; i + 4 <= end; i += 4) z4x1(x, xOff + i * d, d, wt, wo, width, bp, z, width, jv, zb + i * width);
                for (; i < end; i++) z1x1(x, xOff + i * d, d, wt, wo, width, bp, z, jv, zb + i * width);
            }
        }
    }

    private static void z6x4(float[] x, int xi, float[] xp, int xb, int chunkRows, int d, int p0, int p1,
                             boolean first, float[] wt, int wo, float[] bp, float[] z, int zs, int j, int zi) {
        final int L = S.length(), P = 4 * L;
        // the first block of inputs starts from b, later ones from the sums stored by the block before
        float[] src = first ? bp : z;
        int z0 = zi + j, s0 = first ? j : z0;
        FloatVector c00 = FloatVector.fromArray(S, src, s0), c01 = FloatVector.fromArray(S, src, s0 + L);
        FloatVector c02 = FloatVector.fromArray(S, src, s0 + 2 * L), c03 = FloatVector.fromArray(S, src, s0 + 3 * L);
        int z1 = z0 + zs, s1 = first ? j : z1;
        FloatVector c10 = FloatVector.fromArray(S, src, s1), c11 = FloatVector.fromArray(S, src, s1 + L);
        FloatVector c12 = FloatVector.fromArray(S, src, s1 + 2 * L), c13 = FloatVector.fromArray(S, src, s1 + 3 * L);
        int z2 = z1 + zs, s2 = first ? j : z2;
        FloatVector c20 = FloatVector.fromArray(S, src, s2), c21 = FloatVector.fromArray(S, src, s2 + L);
        FloatVector c22 = FloatVector.fromArray(S, src, s2 + 2 * L), c23 = FloatVector.fromArray(S, src, s2 + 3 * L);
        int z3 = z2 + zs, s3 = first ? j : z3;
        FloatVector c30 = FloatVector.fromArray(S, src, s3), c31 = FloatVector.fromArray(S, src, s3 + L);
        FloatVector c32 = FloatVector.fromArray(S, src, s3 + 2 * L), c33 = FloatVector.fromArray(S, src, s3 + 3 * L);
        int z4 = z3 + zs, s4 = first ? j : z4;
        FloatVector c40 = FloatVector.fromArray(S, src, s4), c41 = FloatVector.fromArray(S, src, s4 + L);
        FloatVector c42 = FloatVector.fromArray(S, src, s4 + 2 * L), c43 = FloatVector.fromArray(S, src, s4 + 3 * L);
        int z5 = z4 + zs, s5 = first ? j : z5;
        FloatVector c50 = FloatVector.fromArray(S, src, s5), c51 = FloatVector.fromArray(S, src, s5 + L);
        FloatVector c52 = FloatVector.fromArray(S, src, s5 + 2 * L), c53 = FloatVector.fromArray(S, src, s5 + 3 * L);
        int p = p0, packedEnd = Math.min(p1, d - d % P);
        for (; p < packedEnd; p += P) {
            // chunk of P inputs of packed X: this tile's rows sit side by side, P floats apart
            int xq = xb + p * chunkRows, wp = wo + p * P;
            for (int q = 0; q < P; q++) {
                int w = wp + q * P, xr = xq + q;
                FloatVector w0 = FloatVector.fromArray(S, wt, w), w1 = FloatVector.fromArray(S, wt, w + L);
                FloatVector w2 = FloatVector.fromArray(S, wt, w + 2 * L), w3 = FloatVector.fromArray(S, wt, w + 3 * L);
                FloatVector x0 = FloatVector.broadcast(S, xp[xr]);
                c00 = x0.fma(w0, c00); c01 = x0.fma(w1, c01); c02 = x0.fma(w2, c02); c03 = x0.fma(w3, c03);
                FloatVector x1 = FloatVector.broadcast(S, xp[xr + P]);
                c10 = x1.fma(w0, c10); c11 = x1.fma(w1, c11); c12 = x1.fma(w2, c12); c13 = x1.fma(w3, c13);
                FloatVector x2 = FloatVector.broadcast(S, xp[xr + 2 * P]);
                c20 = x2.fma(w0, c20); c21 = x2.fma(w1, c21); c22 = x2.fma(w2, c22); c23 = x2.fma(w3, c23);
                FloatVector x3 = FloatVector.broadcast(S, xp[xr + 3 * P]);
                c30 = x3.fma(w0, c30); c31 = x3.fma(w1, c31); c32 = x3.fma(w2, c32); c33 = x3.fma(w3, c33);
                FloatVector x4 = FloatVector.broadcast(S, xp[xr + 4 * P]);
                c40 = x4.fma(w0, c40); c41 = x4.fma(w1, c41); c42 = x4.fma(w2, c42); c43 = x4.fma(w3, c43);
                FloatVector x5 = FloatVector.broadcast(S, xp[xr + 5 * P]);
                c50 = x5.fma(w0, c50); c51 = x5.fma(w1, c51); c52 = x5.fma(w2, c52); c53 = x5.fma(w3, c53);
            }
        }
        for (; p < p1; p++) { // inputs past the last whole chunk: from X
            int w = wo + p * P;
            FloatVector w0 = FloatVector.fromArray(S, wt, w), w1 = FloatVector.fromArray(S, wt, w + L);
            FloatVector w2 = FloatVector.fromArray(S, wt, w + 2 * L), w3 = FloatVector.fromArray(S, wt, w + 3 * L);
            FloatVector x0 = FloatVector.broadcast(S, x[xi + p]);
            c00 = x0.fma(w0, c00); c01 = x0.fma(w1, c01); c02 = x0.fma(w2, c02); c03 = x0.fma(w3, c03);
            FloatVector x1 = FloatVector.broadcast(S, x[xi + d + p]);
            c10 = x1.fma(w0, c10); c11 = x1.fma(w1, c11); c12 = x1.fma(w2, c12); c13 = x1.fma(w3, c13);
            FloatVector x2 = FloatVector.broadcast(S, x[xi + 2 * d + p]);
            c20 = x2.fma(w0, c20); c21 = x2.fma(w1, c21); c22 = x2.fma(w2, c22); c23 = x2.fma(w3, c23);
            FloatVector x3 = FloatVector.broadcast(S, x[xi + 3 * d + p]);
            c30 = x3.fma(w0, c30); c31 = x3.fma(w1, c31); c32 = x3.fma(w2, c32); c33 = x3.fma(w3, c33);
            FloatVector x4 = FloatVector.broadcast(S, x[xi + 4 * d + p]);
            c40 = x4.fma(w0, c40); c41 = x4.fma(w1, c41); c42 = x4.fma(w2, c42); c43 = x4.fma(w3, c43);
            FloatVector x5 = FloatVector.broadcast(S, x[xi + 5 * d + p]);
            c50 = x5.fma(w0, c50); c51 = x5.fma(w1, c51); c52 = x5.fma(w2, c52); c53 = x5.fma(w3, c53);
        }
        c00.intoArray(z, z0); c01.intoArray(z, z0 + L); c02.intoArray(z, z0 + 2 * L); c03.intoArray(z, z0 + 3 * L);
        c10.intoArray(z, z1); c11.intoArray(z, z1 + L); c12.intoArray(z, z1 + 2 * L); c13.intoArray(z, z1 + 3 * L);
        c20.intoArray(z, z2); c21.intoArray(z, z2 + L); c22.intoArray(z, z2 + 2 * L); c23.intoArray(z, z2 + 3 * L);
        c30.intoArray(z, z3); c31.intoArray(z, z3 + L); c32.intoArray(z, z3 + 2 * L); c33.intoArray(z, z3 + 3 * L);
        c40.intoArray(z, z4); c41.intoArray(z, z4 + L); c42.intoArray(z, z4 + 2 * L); c43.intoArray(z, z4 + 3 * L);
        c50.intoArray(z, z5); c51.intoArray(z, z5 + L); c52.intoArray(z, z5 + 2 * L); c53.intoArray(z, z5 + 3 * L);
    }

    private static void z4x4(float[] x, int xi, float[] xp, int xb, int chunkRows, int d, int p0, int p1,
                             boolean first, float[] wt, int wo, float[] bp, float[] z, int zs, int j, int zi) {
        final int L = S.length(), P = 4 * L;
        // the first block of inputs starts from b, later ones from the sums stored by the block before
        float[] src = first ? bp : z;
        int z0 = zi + j, s0 = first ? j : z0;
        FloatVector c00 = FloatVector.fromArray(S, src, s0), c01 = FloatVector.fromArray(S, src, s0 + L);
        FloatVector c02 = FloatVector.fromArray(S, src, s0 + 2 * L), c03 = FloatVector.fromArray(S, src, s0 + 3 * L);
        int z1 = z0 + zs, s1 = first ? j : z1;
        FloatVector c10 = FloatVector.fromArray(S, src, s1), c11 = FloatVector.fromArray(S, src, s1 + L);
        FloatVector c12 = FloatVector.fromArray(S, src, s1 + 2 * L), c13 = FloatVector.fromArray(S, src, s1 + 3 * L);
        int z2 = z1 + zs, s2 = first ? j : z2;
        FloatVector c20 = FloatVector.fromArray(S, src, s2), c21 = FloatVector.fromArray(S, src, s2 + L);
        FloatVector c22 = FloatVector.fromArray(S, src, s2 + 2 * L), c23 = FloatVector.fromArray(S, src, s2 + 3 * L);
        int z3 = z2 + zs, s3 = first ? j : z3;
        FloatVector c30 = FloatVector.fromArray(S, src, s3), c31 = FloatVector.fromArray(S, src, s3 + L);
        FloatVector c32 = FloatVector.fromArray(S, src, s3 + 2 * L), c33 = FloatVector.fromArray(S, src, s3 + 3 * L);
        int p = p0, packedEnd = Math.min(p1, d - d % P);
        for (; p < packedEnd; p += P) {
            // chunk of P inputs of packed X: this tile's rows sit side by side, P floats apart
            int xq = xb + p * chunkRows, wp = wo + p * P;
            for (int q = 0; q < P; q++) {
                int w = wp + q * P, xr = xq + q;
                FloatVector w0 = FloatVector.fromArray(S, wt, w), w1 = FloatVector.fromArray(S, wt, w + L);
                FloatVector w2 = FloatVector.fromArray(S, wt, w + 2 * L), w3 = FloatVector.fromArray(S, wt, w + 3 * L);
                FloatVector x0 = FloatVector.broadcast(S, xp[xr]);
                c00 = x0.fma(w0, c00); c01 = x0.fma(w1, c01); c02 = x0.fma(w2, c02); c03 = x0.fma(w3, c03);
                FloatVector x1 = FloatVector.broadcast(S, xp[xr + P]);
                c10 = x1.fma(w0, c10); c11 = x1.fma(w1, c11); c12 = x1.fma(w2, c12); c13 = x1.fma(w3, c13);
                FloatVector x2 = FloatVector.broadcast(S, xp[xr + 2 * P]);
                c20 = x2.fma(w0, c20); c21 = x2.fma(w1, c21); c22 = x2.fma(w2, c22); c23 = x2.fma(w3, c23);
                FloatVector x3 = FloatVector.broadcast(S, xp[xr + 3 * P]);
                c30 = x3.fma(w0, c30); c31 = x3.fma(w1, c31); c32 = x3.fma(w2, c32); c33 = x3.fma(w3, c33);
            }
        }
        for (; p < p1; p++) { // inputs past the last whole chunk: from X
            int w = wo + p * P;
            FloatVector w0 = FloatVector.fromArray(S, wt, w), w1 = FloatVector.fromArray(S, wt, w + L);
            FloatVector w2 = FloatVector.fromArray(S, wt, w + 2 * L), w3 = FloatVector.fromArray(S, wt, w + 3 * L);
            FloatVector x0 = FloatVector.broadcast(S, x[xi + p]);
            c00 = x0.fma(w0, c00); c01 = x0.fma(w1, c01); c02 = x0.fma(w2, c02); c03 = x0.fma(w3, c03);
            FloatVector x1 = FloatVector.broadcast(S, x[xi + d + p]);
            c10 = x1.fma(w0, c10); c11 = x1.fma(w1, c11); c12 = x1.fma(w2, c12); c13 = x1.fma(w3, c13);
            FloatVector x2 = FloatVector.broadcast(S, x[xi + 2 * d + p]);
            c20 = x2.fma(w0, c20); c21 = x2.fma(w1, c21); c22 = x2.fma(w2, c22); c23 = x2.fma(w3, c23);
            FloatVector x3 = FloatVector.broadcast(S, x[xi + 3 * d + p]);
            c30 = x3.fma(w0, c30); c31 = x3.fma(w1, c31); c32 = x3.fma(w2, c32); c33 = x3.fma(w3, c33);
        }
        c00.intoArray(z, z0); c01.intoArray(z, z0 + L); c02.intoArray(z, z0 + 2 * L); c03.intoArray(z, z0 + 3 * L);
        c10.intoArray(z, z1); c11.intoArray(z, z1 + L); c12.intoArray(z, z1 + 2 * L); c13.intoArray(z, z1 + 3 * L);
        c20.intoArray(z, z2); c21.intoArray(z, z2 + L); c22.intoArray(z, z2 + 2 * L); c23.intoArray(z, z2 + 3 * L);
        c30.intoArray(z, z3); c31.intoArray(z, z3 + L); c32.intoArray(z, z3 + 2 * L); c33.intoArray(z, z3 + 3 * L);
    }

    private static void z1x4(float[] x, int xi, float[] xp, int xb, int chunkRows, int d, int p0, int p1,
                             boolean first, float[] wt, int wo, float[] bp, float[] z, int zs, int j, int zi) {
        final int L = S.length(), P = 4 * L;
        // the first block of inputs starts from b, later ones from the sums stored by the block before
        float[] src = first ? bp : z;
        int z0 = zi + j, s0 = first ? j : z0;
        FloatVector c00 = FloatVector.fromArray(S, src, s0), c01 = FloatVector.fromArray(S, src, s0 + L);
        FloatVector c02 = FloatVector.fromArray(S, src, s0 + 2 * L), c03 = FloatVector.fromArray(S, src, s0 + 3 * L);
        int p = p0, packedEnd = Math.min(p1, d - d % P);
        for (; p < packedEnd; p += P) {
            // chunk of P inputs of packed X: this tile's rows sit side by side, P floats apart
            int xq = xb + p * chunkRows, wp = wo + p * P;
            for (int q = 0; q < P; q++) {
                int w = wp + q * P, xr = xq + q;
                FloatVector w0 = FloatVector.fromArray(S, wt, w), w1 = FloatVector.fromArray(S, wt, w + L);
                FloatVector w2 = FloatVector.fromArray(S, wt, w + 2 * L), w3 = FloatVector.fromArray(S, wt, w + 3 * L);
                FloatVector x0 = FloatVector.broadcast(S, xp[xr]);
                c00 = x0.fma(w0, c00); c01 = x0.fma(w1, c01); c02 = x0.fma(w2, c02); c03 = x0.fma(w3, c03);
            }
        }
        for (; p < p1; p++) { // inputs past the last whole chunk: from X
            int w = wo + p * P;
            FloatVector w0 = FloatVector.fromArray(S, wt, w), w1 = FloatVector.fromArray(S, wt, w + L);
            FloatVector w2 = FloatVector.fromArray(S, wt, w + 2 * L), w3 = FloatVector.fromArray(S, wt, w + 3 * L);
            FloatVector x0 = FloatVector.broadcast(S, x[xi + p]);
            c00 = x0.fma(w0, c00); c01 = x0.fma(w1, c01); c02 = x0.fma(w2, c02); c03 = x0.fma(w3, c03);
        }
        c00.intoArray(z, z0); c01.intoArray(z, z0 + L); c02.intoArray(z, z0 + 2 * L); c03.intoArray(z, z0 + 3 * L);
    }

    private static void z8x1(float[] x, int xi, int d, float[] wt, int wo, int width, float[] bp, float[] z, int zs,
                             int j, int zi) {
        FloatVector c0 = FloatVector.fromArray(S, bp, j), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        for (int p = 0; p < d; p++) {
            FloatVector w0 = FloatVector.fromArray(S, wt, wo + p * width);
            c0 = FloatVector.broadcast(S, x[xi + p]).fma(w0, c0);
            c1 = FloatVector.broadcast(S, x[xi + d + p]).fma(w0, c1);
            c2 = FloatVector.broadcast(S, x[xi + 2 * d + p]).fma(w0, c2);
            c3 = FloatVector.broadcast(S, x[xi + 3 * d + p]).fma(w0, c3);
            c4 = FloatVector.broadcast(S, x[xi + 4 * d + p]).fma(w0, c4);
            c5 = FloatVector.broadcast(S, x[xi + 5 * d + p]).fma(w0, c5);
            c6 = FloatVector.broadcast(S, x[xi + 6 * d + p]).fma(w0, c6);
            c7 = FloatVector.broadcast(S, x[xi + 7 * d + p]).fma(w0, c7);
        }
        int z0 = zi + j;
        c0.intoArray(z, z0); c1.intoArray(z, z0 + zs); c2.intoArray(z, z0 + 2 * zs); c3.intoArray(z, z0 + 3 * zs);
        c4.intoArray(z, z0 + 4 * zs); c5.intoArray(z, z0 + 5 * zs); c6.intoArray(z, z0 + 6 * zs);
        c7.intoArray(z, z0 + 7 * zs);
    }

    private static void z4x1(float[] x, int xi, int d, float[] wt, int wo, int width, float[] bp, float[] z, int zs,
                             int j, int zi) {
        FloatVector c0 = FloatVector.fromArray(S, bp, j), c1 = c0, c2 = c0, c3 = c0;
        for (int p = 0; p < d; p++) {
            FloatVector w0 = FloatVector.fromArray(S, wt, wo + p * width);
            c0 = FloatVector.broadcast(S, x[xi + p]).fma(w0, c0);
            c1 = FloatVector.broadcast(S, x[xi + d + p]).fma(w0, c1);
            c2 = FloatVector.broadcast(S, x[xi + 2 * d + p]).fma(w0, c2);
            c3 = FloatVector.broadcast(S, x[xi + 3 * d + p]).fma(w0, c3);
        }
        int z0 = zi + j;
        c0.intoArray(z, z0); c1.intoArray(z, z0 + zs); c2.intoArray(z, z0 + 2 * zs); c3.intoArray(z, z0 + 3 * zs);
    }

    private static void z1x1(float[] x, int xi, int d, float[] wt, int wo, int width, float[] bp, float[] z, int j,
                             int zi) {
        FloatVector c0 = FloatVector.fromArray(S, bp, j);
        for (int p = 0; p < d; p++)
            c0 = FloatVector.broadcast(S, x[xi + p]).fma(FloatVector.fromArray(S, wt, wo + p * width), c0);
        c0.intoArray(z, zi + j);
    }

    // ---------------------------------------------------------------- forward by dot tiles (k <= L/2, L = 16)

    /**
     * Lane indices of the dot tiles' fold, then of their bias and rows: for each level h = L/2, L/4, .., 1 a LO and a HI
     * vector; then DUP (lane l: l mod L/2) and DOWN (lane l: l + L/2). A level adds LO and HI of two vectors that hold
     * L/(2h) accumulators of 2h partial sums each (slot s in lanes [2hs, 2hs + 2h)) into one that holds twice as many
     * accumulators of h sums: lane (s, j) of the result is partial j plus partial j + h of accumulator s. Each sum is
     * a fixed tree over its own accumulator's lanes, whichever accumulators share its vectors.
     */
    private static final int[] FOLD_INDEX = foldIndex();

    private static int[] foldIndex() {
        int L = S.length(), levels = Integer.numberOfTrailingZeros(L);
        int[] t = new int[(2 * levels + 2) * L];
        int o = 0;
        for (int h = L / 2; h >= 1; h /= 2, o += 2 * L) {
            int before = L / (2 * h);
            for (int l = 0; l < L; l++) {
                int slot = l / h, j = l % h;
                int src = slot < before ? slot * 2 * h + j : L + (slot - before) * 2 * h + j;
                t[o + l] = src;
                t[o + L + l] = src + h;
            }
        }
        for (int l = 0; l < L; l++) {
            t[o + l] = l % (L / 2);
            t[o + L + l] = (l + L / 2) % L;
        }
        return t;
    }

    @Override
    void forwardZDotTiles(float[] x, int xOff, int i0, int rows, int d, float[] w, int offW, int ws, int k,
                          float[] bp, float[] z) {
        final int L = S.length();
        if (L != 16) throw new IllegalStateException("the dot tiles are written for 16 lanes, not " + L);
        // an odd last row pairs with itself; only its own row is stored (each sum is its own chains and fold)
        for (int i = i0, end = i0 + rows; i < end; i += 2) {
            boolean two = i + 1 < end;
            zDot2x8(x, xOff + i * d, xOff + (two ? i + 1 : i) * d, d, w, offW, ws, k, z, i * L);
            zDotRows(z, i * L, bp, k, two);
        }
    }

    /**
     * The 16 dot products of two rows of X (from xa and xb) with W's first 8 units (unit u's row at offW + u ws; units
     * past k repeat unit k - 1, and zDotRows drops them): one FMA chain per product and lane over the inputs, then the
     * fold, stored at zi: lanes 0-7 row a's units, lanes 8-15 row b's. Each X and W vector feeds 2 or 8 FMAs without
     * a permute or broadcast: Z by pairs of rows in one vector spent a permute per FMA and ran at half the FMA rate
     * (Zen 4 and Xeon), and W's packing took 15% of d=1024 k=8 batch 32's step. Separate from zDotRows to stay within
     * C2's inlining budget.
     */
    private static void zDot2x8(float[] x, int xa, int xb, int d, float[] w, int offW, int ws, int k, float[] z,
                                int zi) {
        final int L = S.length();
        int w0 = offW, w1 = offW + Math.min(1, k - 1) * ws, w2 = offW + Math.min(2, k - 1) * ws;
        int w3 = offW + Math.min(3, k - 1) * ws, w4 = offW + Math.min(4, k - 1) * ws;
        int w5 = offW + Math.min(5, k - 1) * ws, w6 = offW + Math.min(6, k - 1) * ws;
        int w7 = offW + Math.min(7, k - 1) * ws;
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        FloatVector e0 = c0, e1 = c0, e2 = c0, e3 = c0, e4 = c0, e5 = c0, e6 = c0, e7 = c0;
        int whole = d & -L;
        for (int p = 0; p < whole; p += L) {
            FloatVector a = FloatVector.fromArray(S, x, xa + p), b = FloatVector.fromArray(S, x, xb + p), v;
            v = FloatVector.fromArray(S, w, w0 + p); c0 = a.fma(v, c0); e0 = b.fma(v, e0);
            v = FloatVector.fromArray(S, w, w1 + p); c1 = a.fma(v, c1); e1 = b.fma(v, e1);
            v = FloatVector.fromArray(S, w, w2 + p); c2 = a.fma(v, c2); e2 = b.fma(v, e2);
            v = FloatVector.fromArray(S, w, w3 + p); c3 = a.fma(v, c3); e3 = b.fma(v, e3);
            v = FloatVector.fromArray(S, w, w4 + p); c4 = a.fma(v, c4); e4 = b.fma(v, e4);
            v = FloatVector.fromArray(S, w, w5 + p); c5 = a.fma(v, c5); e5 = b.fma(v, e5);
            v = FloatVector.fromArray(S, w, w6 + p); c6 = a.fma(v, c6); e6 = b.fma(v, e6);
            v = FloatVector.fromArray(S, w, w7 + p); c7 = a.fma(v, c7); e7 = b.fma(v, e7);
        }
        if (whole < d) {
            // a partial last vector: the row's last L inputs, the lanes the loop took masked off in X (see tailShift;
            // the loop's own lines, kept out of the loop so that it stays a counted loop of whole vectors)
            int p = d - L;
            VectorMask<Float> mk = VectorMask.fromLong(S, tailBits(d - whole, whole - p));
            FloatVector a = FloatVector.fromArray(S, x, xa + p, mk), b = FloatVector.fromArray(S, x, xb + p, mk), v;
            v = FloatVector.fromArray(S, w, w0 + p); c0 = a.fma(v, c0); e0 = b.fma(v, e0);
            v = FloatVector.fromArray(S, w, w1 + p); c1 = a.fma(v, c1); e1 = b.fma(v, e1);
            v = FloatVector.fromArray(S, w, w2 + p); c2 = a.fma(v, c2); e2 = b.fma(v, e2);
            v = FloatVector.fromArray(S, w, w3 + p); c3 = a.fma(v, c3); e3 = b.fma(v, e3);
            v = FloatVector.fromArray(S, w, w4 + p); c4 = a.fma(v, c4); e4 = b.fma(v, e4);
            v = FloatVector.fromArray(S, w, w5 + p); c5 = a.fma(v, c5); e5 = b.fma(v, e5);
            v = FloatVector.fromArray(S, w, w6 + p); c6 = a.fma(v, c6); e6 = b.fma(v, e6);
            v = FloatVector.fromArray(S, w, w7 + p); c7 = a.fma(v, c7); e7 = b.fma(v, e7);
        }
        IntVector lo = IntVector.fromArray(SI, FOLD_INDEX, 0), hi = IntVector.fromArray(SI, FOLD_INDEX, L);
        IntVector i0 = c0.reinterpretAsInts(), i1 = c1.reinterpretAsInts(), i2 = c2.reinterpretAsInts();
        IntVector i3 = c3.reinterpretAsInts(), i4 = c4.reinterpretAsInts(), i5 = c5.reinterpretAsInts();
        IntVector i6 = c6.reinterpretAsInts(), i7 = c7.reinterpretAsInts(), j0 = e0.reinterpretAsInts();
        IntVector j1 = e1.reinterpretAsInts(), j2 = e2.reinterpretAsInts(), j3 = e3.reinterpretAsInts();
        IntVector j4 = e4.reinterpretAsInts(), j5 = e5.reinterpretAsInts(), j6 = e6.reinterpretAsInts();
        IntVector j7 = e7.reinterpretAsInts();
        FloatVector f0 = lo.selectFrom(i0, i1).reinterpretAsFloats().add(hi.selectFrom(i0, i1).reinterpretAsFloats());
        FloatVector f1 = lo.selectFrom(i2, i3).reinterpretAsFloats().add(hi.selectFrom(i2, i3).reinterpretAsFloats());
        FloatVector f2 = lo.selectFrom(i4, i5).reinterpretAsFloats().add(hi.selectFrom(i4, i5).reinterpretAsFloats());
        FloatVector f3 = lo.selectFrom(i6, i7).reinterpretAsFloats().add(hi.selectFrom(i6, i7).reinterpretAsFloats());
        FloatVector f4 = lo.selectFrom(j0, j1).reinterpretAsFloats().add(hi.selectFrom(j0, j1).reinterpretAsFloats());
        FloatVector f5 = lo.selectFrom(j2, j3).reinterpretAsFloats().add(hi.selectFrom(j2, j3).reinterpretAsFloats());
        FloatVector f6 = lo.selectFrom(j4, j5).reinterpretAsFloats().add(hi.selectFrom(j4, j5).reinterpretAsFloats());
        FloatVector f7 = lo.selectFrom(j6, j7).reinterpretAsFloats().add(hi.selectFrom(j6, j7).reinterpretAsFloats());
        lo = IntVector.fromArray(SI, FOLD_INDEX, 2 * L);
        hi = IntVector.fromArray(SI, FOLD_INDEX, 3 * L);
        i0 = f0.reinterpretAsInts(); i1 = f1.reinterpretAsInts(); i2 = f2.reinterpretAsInts();
        i3 = f3.reinterpretAsInts(); i4 = f4.reinterpretAsInts(); i5 = f5.reinterpretAsInts();
        i6 = f6.reinterpretAsInts(); i7 = f7.reinterpretAsInts();
        f0 = lo.selectFrom(i0, i1).reinterpretAsFloats().add(hi.selectFrom(i0, i1).reinterpretAsFloats());
        f1 = lo.selectFrom(i2, i3).reinterpretAsFloats().add(hi.selectFrom(i2, i3).reinterpretAsFloats());
        f2 = lo.selectFrom(i4, i5).reinterpretAsFloats().add(hi.selectFrom(i4, i5).reinterpretAsFloats());
        f3 = lo.selectFrom(i6, i7).reinterpretAsFloats().add(hi.selectFrom(i6, i7).reinterpretAsFloats());
        lo = IntVector.fromArray(SI, FOLD_INDEX, 4 * L);
        hi = IntVector.fromArray(SI, FOLD_INDEX, 5 * L);
        i0 = f0.reinterpretAsInts(); i1 = f1.reinterpretAsInts(); i2 = f2.reinterpretAsInts();
        i3 = f3.reinterpretAsInts();
        f0 = lo.selectFrom(i0, i1).reinterpretAsFloats().add(hi.selectFrom(i0, i1).reinterpretAsFloats());
        f1 = lo.selectFrom(i2, i3).reinterpretAsFloats().add(hi.selectFrom(i2, i3).reinterpretAsFloats());
        lo = IntVector.fromArray(SI, FOLD_INDEX, 6 * L);
        hi = IntVector.fromArray(SI, FOLD_INDEX, 7 * L);
        i0 = f0.reinterpretAsInts(); i1 = f1.reinterpretAsInts();
        lo.selectFrom(i0, i1).reinterpretAsFloats().add(hi.selectFrom(i0, i1).reinterpretAsFloats()).intoArray(z, zi);
    }

    /**
     * Z's rows from zDot2x8's sums at zi: each unit's sum plus its bias (bp, L padded), units past k and the row's
     * padding lanes zero; row a at zi, and row b at zi + L when {@code two}.
     */
    private static void zDotRows(float[] z, int zi, float[] bp, int k, boolean two) {
        final int L = S.length(), o = 2 * Integer.numberOfTrailingZeros(L) * L; // past the fold's levels
        IntVector dup = IntVector.fromArray(SI, FOLD_INDEX, o);
        FloatVector zero = FloatVector.zero(S);
        FloatVector s = FloatVector.fromArray(S, z, zi)
                .add(dup.selectFrom(FloatVector.fromArray(S, bp, 0).reinterpretAsInts()).reinterpretAsFloats());
        VectorMask<Float> unit = dup.compare(VectorOperators.LT, k).cast(S);
        VectorMask<Float> low = S.indexInRange(0, L / 2);
        s = s.blend(zero, unit.not());
        s.blend(zero, low.not()).intoArray(z, zi);
        if (two)
            IntVector.fromArray(SI, FOLD_INDEX, o + L).selectFrom(s.reinterpretAsInts()).reinterpretAsFloats()
                    .blend(zero, low.not()).intoArray(z, zi + L);
    }

    // ---------------------------------------------------------------- forward with samples in lanes (k < L)

    @Override
    void forwardTransposed(float[] x, int xOff, int i0, int n, int d, float[] w, int k, int offB, int offA,
                           float yInit, float slope, float[] y, float[] z, float[] s) {
        final int L = S.length(), B = 2 * L, zo = d * B;
        FloatVector zero = FloatVector.zero(S);
        for (int i = i0, end = i0 + n; i < end; i += B) {
            int rows = Math.min(B, end - i);
            // the block's X^T, s[p B + r] = x[(i + r) d + p], by L x L blocks in registers (rows past the block's end
            // read as zeros); when L does not divide d the last block overlaps the one before
            for (int h = 0; h < rows; h += L)
                for (int p = 0; p < d; p += L) {
                    int q = Math.min(p, d - L);
                    transposeBlock(x, xOff + (i + h) * d + q, d, s, q * B + h, B, Math.min(L, rows - h), L);
                }
            // Z^T from zo, unit j's 2L samples at zo + j B, by tiles of 8 units
            for (int j0 = 0; j0 < k; j0 += 8) {
                if (rows > L) zt8x2(s, d, w, j0, k, offB, zo);
                else zt8x1(s, d, w, j0, k, offB, zo);
            }
            for (int h = 0; h < rows; h += L) {
                // y: relu(z_j) a_j (an FMA onto zero, as output1's lanes) added in unit order from 0, then yInit
                FloatVector sum = zero;
                for (int j = 0; j < k; j++) {
                    FloatVector v = FloatVector.fromArray(S, s, zo + j * B + h);
                    sum = VCLASS.cast(sum)
                            .add(v.blend(v.mul(slope), v.lt(0f)).fma(FloatVector.broadcast(S, w[offA + j]), zero));
                }
                sum = sum.add(yInit);
                if (rows - h >= L) sum.intoArray(y, i + h);
                else sum.intoArray(y, i + h, S.indexInRange(0, rows - h));
                // Z's rows for the backward pass: units past k read as zeros (the pads)
                if (z != null) transposeBlock(s, zo + h, B, z, (i + h) * L, L, k, Math.min(L, rows - h));
            }
        }
    }

    /**
     * Z^T of hidden units j0 .. j0 + 7 for 2L samples: 16 FMA chains over the inputs, each from b_j, a broadcast of
     * W's weight times a vector of X^T (forwardZ's chains: the same bits). Units past k repeat unit k - 1 (their rows
     * of Z^T are never read).
     */
    private static void zt8x2(float[] s, int d, float[] w, int j0, int k, int offB, int zo) {
        final int L = S.length(), B = 2 * L;
        int u0 = Math.min(j0, k - 1), u1 = Math.min(j0 + 1, k - 1), u2 = Math.min(j0 + 2, k - 1);
        int u3 = Math.min(j0 + 3, k - 1), u4 = Math.min(j0 + 4, k - 1), u5 = Math.min(j0 + 5, k - 1);
        int u6 = Math.min(j0 + 6, k - 1), u7 = Math.min(j0 + 7, k - 1);
        FloatVector c00 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u0]), c01 = c00;
        FloatVector c10 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u1]), c11 = c10;
        FloatVector c20 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u2]), c21 = c20;
        FloatVector c30 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u3]), c31 = c30;
        FloatVector c40 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u4]), c41 = c40;
        FloatVector c50 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u5]), c51 = c50;
        FloatVector c60 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u6]), c61 = c60;
        FloatVector c70 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u7]), c71 = c70;
        int w0 = u0 * d, w1 = u1 * d, w2 = u2 * d, w3 = u3 * d, w4 = u4 * d, w5 = u5 * d, w6 = u6 * d, w7 = u7 * d;
        for (int p = 0; p < d; p++) {
            FloatVector x0 = FloatVector.fromArray(S, s, p * B), x1 = FloatVector.fromArray(S, s, p * B + L);
            FloatVector v = FloatVector.broadcast(S, w[w0 + p]);
            c00 = v.fma(x0, c00); c01 = v.fma(x1, c01);
            v = FloatVector.broadcast(S, w[w1 + p]);
            c10 = v.fma(x0, c10); c11 = v.fma(x1, c11);
            v = FloatVector.broadcast(S, w[w2 + p]);
            c20 = v.fma(x0, c20); c21 = v.fma(x1, c21);
            v = FloatVector.broadcast(S, w[w3 + p]);
            c30 = v.fma(x0, c30); c31 = v.fma(x1, c31);
            v = FloatVector.broadcast(S, w[w4 + p]);
            c40 = v.fma(x0, c40); c41 = v.fma(x1, c41);
            v = FloatVector.broadcast(S, w[w5 + p]);
            c50 = v.fma(x0, c50); c51 = v.fma(x1, c51);
            v = FloatVector.broadcast(S, w[w6 + p]);
            c60 = v.fma(x0, c60); c61 = v.fma(x1, c61);
            v = FloatVector.broadcast(S, w[w7 + p]);
            c70 = v.fma(x0, c70); c71 = v.fma(x1, c71);
        }
        int o = zo + j0 * B;
        c00.intoArray(s, o); c01.intoArray(s, o + L); c10.intoArray(s, o + B); c11.intoArray(s, o + B + L);
        c20.intoArray(s, o + 2 * B); c21.intoArray(s, o + 2 * B + L);
        c30.intoArray(s, o + 3 * B); c31.intoArray(s, o + 3 * B + L);
        c40.intoArray(s, o + 4 * B); c41.intoArray(s, o + 4 * B + L);
        c50.intoArray(s, o + 5 * B); c51.intoArray(s, o + 5 * B + L);
        c60.intoArray(s, o + 6 * B); c61.intoArray(s, o + 6 * B + L);
        c70.intoArray(s, o + 7 * B); c71.intoArray(s, o + 7 * B + L);
    }

    /** zt8x2 for the first L samples only (a block of at most L rows). */
    private static void zt8x1(float[] s, int d, float[] w, int j0, int k, int offB, int zo) {
        final int B = 2 * S.length();
        int u0 = Math.min(j0, k - 1), u1 = Math.min(j0 + 1, k - 1), u2 = Math.min(j0 + 2, k - 1);
        int u3 = Math.min(j0 + 3, k - 1), u4 = Math.min(j0 + 4, k - 1), u5 = Math.min(j0 + 5, k - 1);
        int u6 = Math.min(j0 + 6, k - 1), u7 = Math.min(j0 + 7, k - 1);
        FloatVector c0 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u0]);
        FloatVector c1 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u1]);
        FloatVector c2 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u2]);
        FloatVector c3 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u3]);
        FloatVector c4 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u4]);
        FloatVector c5 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u5]);
        FloatVector c6 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u6]);
        FloatVector c7 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u7]);
        int w0 = u0 * d, w1 = u1 * d, w2 = u2 * d, w3 = u3 * d, w4 = u4 * d, w5 = u5 * d, w6 = u6 * d, w7 = u7 * d;
        for (int p = 0; p < d; p++) {
            FloatVector x0 = FloatVector.fromArray(S, s, p * B);
            c0 = FloatVector.broadcast(S, w[w0 + p]).fma(x0, c0);
            c1 = FloatVector.broadcast(S, w[w1 + p]).fma(x0, c1);
            c2 = FloatVector.broadcast(S, w[w2 + p]).fma(x0, c2);
            c3 = FloatVector.broadcast(S, w[w3 + p]).fma(x0, c3);
            c4 = FloatVector.broadcast(S, w[w4 + p]).fma(x0, c4);
            c5 = FloatVector.broadcast(S, w[w5 + p]).fma(x0, c5);
            c6 = FloatVector.broadcast(S, w[w6 + p]).fma(x0, c6);
            c7 = FloatVector.broadcast(S, w[w7 + p]).fma(x0, c7);
        }
        int o = zo + j0 * B;
        c0.intoArray(s, o); c1.intoArray(s, o + B); c2.intoArray(s, o + 2 * B); c3.intoArray(s, o + 3 * B);
        c4.intoArray(s, o + 4 * B); c5.intoArray(s, o + 5 * B); c6.intoArray(s, o + 6 * B); c7.intoArray(s, o + 7 * B);
    }

    // ---------------------------------------------------------------- forward for a few rows: dots with W's rows

    @Override
    void forwardZDot(float[] w, int k, float[] x, int xOff, int rows, int d, int kp, int offB, boolean identity,
                     float[] z, boolean fuseY, int offA, float yInit, float slope, float[] y, int align) {
        final int L = S.length();
        // rows of 4 vectors and a large W (see dotRowFourAligned): its whole blocks of units on aligned vectors,
        // which read up to L floats past W (the parameters after it)
        int h = Math.floorMod(align, L), alignedBlocks = 0;
        if (d == 4 * L && h != 0 && (long) k * d >= ALIGNED_FORWARD_MIN && w.length >= k * d + h)
            alignedBlocks = k / L;
        for (int i = 0; i < rows; i++) {
            int xi = xOff + i * d, zi = i * kp;
            // each row in a method that sets up its own masks; one vector a row (d = L) has a loop of its own
            if (d == L) dotRowOneVector(w, k, x, xi, kp, offB, z, zi);
            else if (d > L && d < 5 * L) {
                if (alignedBlocks > 0) dotRowFourAligned(w, alignedBlocks, x, xi, h, offB, z, zi);
                dotRowFew(w, k, x, xi, d, kp, offB, z, zi, alignedBlocks * L);
            } else dotRowBlocks(w, k, x, xi, d, kp, offB, z, zi);
            if (identity) addInputs(z, zi, x, xi, d);
            if (fuseY) y[i] = rowOutput(z, zi, kp, w, k, offA, yInit, slope);
        }
    }

    /**
     * Identity mapping's x added to a row of Z (k = d), each z + x as the scalar loop it replaces (the same bits).
     * Vectors: the loop's scalar stores, read back as vectors by rowOutput, could not be forwarded to those loads,
     * which waited for them to reach the cache. Batch-1 steps with identity mapping took 0.93x (d = k = 16), 0.95x
     * (64) and 0.97x (256) the time of the scalar loop's (JMH ModelOptionsBenchmark, 4 forks a side).
     */
    private static void addInputs(float[] z, int zi, float[] x, int xi, int d) {
        final int L = S.length();
        int p = 0;
        for (; p + L <= d; p += L)
            FloatVector.fromArray(S, z, zi + p).add(FloatVector.fromArray(S, x, xi + p)).intoArray(z, zi + p);
        if (p < d) {
            VectorMask<Float> m = S.indexInRange(p, d);
            FloatVector.fromArray(S, z, zi + p, m).add(FloatVector.fromArray(S, x, xi + p, m)).intoArray(z, zi + p, m);
        }
    }

    /**
     * One row of forwardZDot when d != L. Its own method, which sets up its own masks: inside forwardZDot, C1 ran out
     * of virtual registers at tier 3 now and then (it inlines the Vector API's Java code), and the method stayed in
     * tier 2 code for good (d=64 k=64 batch 1: 7.5 us a forward pass instead of 0.17).
     */
    private static void dotRowBlocks(float[] w, int k, float[] x, int xi, int d, int kp, int offB, float[] z,
                                     int zi) {
        final int L = S.length();
        int full = d - d % L, last = (k - 1) * d, top = LANE_BIT.length - 1;
        VectorMask<Float> tail = VectorMask.fromLong(S, (1L << (d - full)) - 1);
        // the fold's stages (see PAIR_SWAP); stages 2 and 3 exist only for 8 and 16 lanes
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        // blocks of L hidden units, 4 units a pass (each x vector loaded once for 4 rows of W). Each pass's 4
        // partial-sum vectors are folded into one, the block's L/4 of those into one, in registers: lane u ends
        // as unit j0 + u's lane sum, by a fixed tree (see PAIR_SWAP). Before, each unit's vector went through an
        // L x L scratch and L gathers (30-43% of a batch-1 step). One method: helpers for the pass or the fold
        // were too large for C2 to inline, and their vectors were boxed.
        // last block first, as the backward pass steps W first row first: each pass starts on the rows the
        // other touched last, which the cache still holds (d=1024 k=256..1024 batch 1: 1.03-1.06x steps/s)
        for (int j0 = kp - L; j0 >= 0; j0 -= L) {
            FloatVector r = FloatVector.zero(S), h = r;
            for (int g = 0; g < L / 4; g++) {
                // units past k (in the last block) read W's last row; their lanes are zeroed below. Groups of 4
                // wholly past k add zeros (lanes never mix units, so the others' sums are unchanged): at k=8
                // half the block's dot products are skipped
                int o = j0 * d + 4 * g * d;
                int w0 = Math.min(o, last), w1 = Math.min(o + d, last), w2 = Math.min(o + 2 * d, last);
                int w3 = Math.min(o + 3 * d, last);
                FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
                if (j0 + 4 * g < k) {
                    // a plain counted loop: with the test of k in its condition C2 did not unroll it (0.74x the
                    // speed of this one at d=256)
                    for (int p = 0; p < full; p += L) {
                        FloatVector xv = FloatVector.fromArray(S, x, xi + p);
                        a0 = FloatVector.fromArray(S, w, w0 + p).fma(xv, a0);
                        a1 = FloatVector.fromArray(S, w, w1 + p).fma(xv, a1);
                        a2 = FloatVector.fromArray(S, w, w2 + p).fma(xv, a2);
                        a3 = FloatVector.fromArray(S, w, w3 + p).fma(xv, a3);
                    }
                    if (full < d) {
                        FloatVector xv = FloatVector.fromArray(S, x, xi + full, tail);
                        a0 = FloatVector.fromArray(S, w, w0 + full, tail).fma(xv, a0);
                        a1 = FloatVector.fromArray(S, w, w1 + full, tail).fma(xv, a1);
                        a2 = FloatVector.fromArray(S, w, w2 + full, tail).fma(xv, a2);
                        a3 = FloatVector.fromArray(S, w, w3 + full, tail).fma(xv, a3);
                    }
                }
                FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v)); // lane c: unit 4g + (c & 3)
                // L == 4: one group a block. The test of the constant L lets C1 drop the stages below from
                // VectorBody128's code; with them, its tier-3 OSR compile of this method ran out of virtual registers
                if (L == 4) r = q;
                else if ((g & 1) == 0) h = q;
                else {
                    h = VCLASS.cast(h).blend(q, bit2).add(sw2.selectFrom(h, q)); // units 4(g-1) .. 4g+3
                    if ((g & 2) == 0) r = h;
                    else r = VCLASS.cast(r).blend(h, bit3).add(sw3.selectFrom(r, h)); // units 0 .. 15
                }
            }
            // b straight from the parameters (offB < 0: none); pads (past k: they read W's last row) z = 0
            FloatVector b = FloatVector.zero(S);
            if (j0 + L <= k) {
                if (offB >= 0) b = FloatVector.fromArray(S, w, offB + j0);
            } else {
                // the mask from its bits, and no not(): with indexInRange and not() (whose Java code C1 inlines), the
                // tier-3 OSR compile of this method's inner loop ran out of virtual registers in the benchmarks' JVMs
                // (d=256 k=64 batch 1, 4 outputs) and the method ran as tier-2 code for good: 33-36 us a step instead
                // of 1.1, 485 KB allocated a step (AllocationTest's d=256 k=64 m=4 check). The same lanes and bits
                VectorMask<Float> in = VectorMask.fromLong(S, (1L << (k - j0)) - 1);
                r = FloatVector.zero(S).blend(r, in);
                if (offB >= 0) b = FloatVector.fromArray(S, w, offB + j0, in);
            }
            b.add(r).intoArray(z, zi + j0);
        }
    }

    /**
     * One row of forwardZDot when d is 2, 3 or 4 vectors, or more than one and less than 5 with a partial last one:
     * dotRowBlocks' sums without its loop along the inputs,
     * whose pre- and post-loop around 2-4 iterations cost more than the loads they hide (d=64 k=1024..4096, W from
     * L2: 1.22-1.38x the speed of dotRowBlocks alone, and a batch-1 forward + step pass 1.19-1.25x with the first
     * block first; in-JVM probe on the Xeon). Its own method for C1's sake, as dotRowBlocks. Blocks of units from
     * jFrom (those before: dotRowFourAligned).
     */
    private static void dotRowFew(float[] w, int k, float[] x, int xi, int d, int kp, int offB, float[] z, int zi,
                                  int jFrom) {
        final int L = S.length();
        int nv = d / L, top = LANE_BIT.length - 1, tail = d - L;
        boolean part = d % L != 0;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        // x in registers; each unit's dot product is nv FMAs written out, in dotRowBlocks' order (the same bits). A
        // partial last vector is the row's last L inputs, the lanes the whole vectors took zeroed in x (tailShift), and
        // W's rows read there unmasked: no masked access to W, which those rows' lanes stay within
        FloatVector x0 = FloatVector.fromArray(S, x, xi);
        FloatVector x1 = nv > 1 ? FloatVector.fromArray(S, x, xi + L) : x0;
        FloatVector x2 = nv > 2 ? FloatVector.fromArray(S, x, xi + 2 * L) : x1;
        FloatVector x3 = nv > 3 ? FloatVector.fromArray(S, x, xi + 3 * L) : x1;
        FloatVector xt = part ? FloatVector.fromArray(S, x, xi + tail,
                VectorMask.fromLong(S, tailBits(d % L, L - d % L))) : x1;
        FloatVector zero = FloatVector.zero(S);
        // first block first (see dotRowOneVector). Whole blocks without the padding block's clamps and its test of
        // k: in-JVM (FwdVar probe, W in L1) d=64 k=64 210 -> 172 ns a pass, d=48 k=64 200 -> 148; JMH batch-1 steps
        // at d=64: k=64 0.98x the time, k=256 0.95-0.99x
        int whole = k - k % L;
        for (int j0 = jFrom; j0 < whole; j0 += L) {
            FloatVector r = zero, h = zero;
            for (int g = 0; g < L / 4; g++) {
                int o = (j0 + 4 * g) * d;
                FloatVector a0 = FloatVector.fromArray(S, w, o).fma(x0, zero);
                FloatVector a1 = FloatVector.fromArray(S, w, o + d).fma(x0, zero);
                FloatVector a2 = FloatVector.fromArray(S, w, o + 2 * d).fma(x0, zero);
                FloatVector a3 = FloatVector.fromArray(S, w, o + 3 * d).fma(x0, zero);
                if (nv > 1) {
                    a0 = FloatVector.fromArray(S, w, o + L).fma(x1, a0);
                    a1 = FloatVector.fromArray(S, w, o + d + L).fma(x1, a1);
                    a2 = FloatVector.fromArray(S, w, o + 2 * d + L).fma(x1, a2);
                    a3 = FloatVector.fromArray(S, w, o + 3 * d + L).fma(x1, a3);
                }
                if (nv > 2) {
                    a0 = FloatVector.fromArray(S, w, o + 2 * L).fma(x2, a0);
                    a1 = FloatVector.fromArray(S, w, o + d + 2 * L).fma(x2, a1);
                    a2 = FloatVector.fromArray(S, w, o + 2 * d + 2 * L).fma(x2, a2);
                    a3 = FloatVector.fromArray(S, w, o + 3 * d + 2 * L).fma(x2, a3);
                }
                if (nv > 3) {
                    a0 = FloatVector.fromArray(S, w, o + 3 * L).fma(x3, a0);
                    a1 = FloatVector.fromArray(S, w, o + d + 3 * L).fma(x3, a1);
                    a2 = FloatVector.fromArray(S, w, o + 2 * d + 3 * L).fma(x3, a2);
                    a3 = FloatVector.fromArray(S, w, o + 3 * d + 3 * L).fma(x3, a3);
                }
                if (part) {
                    a0 = FloatVector.fromArray(S, w, o + tail).fma(xt, a0);
                    a1 = FloatVector.fromArray(S, w, o + d + tail).fma(xt, a1);
                    a2 = FloatVector.fromArray(S, w, o + 2 * d + tail).fma(xt, a2);
                    a3 = FloatVector.fromArray(S, w, o + 3 * d + tail).fma(xt, a3);
                }
                FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                if (L == 4) r = q;
                else if ((g & 1) == 0) h = q;
                else {
                    h = VCLASS.cast(h).blend(q, bit2).add(sw2.selectFrom(h, q));
                    if ((g & 2) == 0) r = h;
                    else r = VCLASS.cast(r).blend(h, bit3).add(sw3.selectFrom(r, h));
                }
            }
            FloatVector b = offB >= 0 ? FloatVector.fromArray(S, w, offB + j0) : zero;
            b.add(r).intoArray(z, zi + j0);
        }
        // the block with padding, if any, in a method of its own: in this one C1's tier-3 compile ran out of virtual
        // registers (with the partial vector's operands), and the method stayed in tier-2 code (5 us a forward pass
        // at d=32 k=64 instead of 0.1-0.2)
        if (Math.max(whole, jFrom) < kp) dotRowFewPadded(w, k, x, xi, d, kp, offB, z, zi, Math.max(whole, jFrom));
    }

    /** dotRowFew's block with padding (units past k), from unit {@code jFrom}: the same operations. */
    private static void dotRowFewPadded(float[] w, int k, float[] x, int xi, int d, int kp, int offB, float[] z,
                                        int zi, int jFrom) {
        final int L = S.length();
        int nv = d / L, last = (k - 1) * d, top = LANE_BIT.length - 1, tail = d - L;
        boolean part = d % L != 0;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        // x in registers, as in dotRowFew
        FloatVector x0 = FloatVector.fromArray(S, x, xi);
        FloatVector x1 = nv > 1 ? FloatVector.fromArray(S, x, xi + L) : x0;
        FloatVector x2 = nv > 2 ? FloatVector.fromArray(S, x, xi + 2 * L) : x1;
        FloatVector x3 = nv > 3 ? FloatVector.fromArray(S, x, xi + 3 * L) : x1;
        FloatVector xt = part ? FloatVector.fromArray(S, x, xi + tail,
                VectorMask.fromLong(S, tailBits(d % L, L - d % L))) : x1;
        FloatVector zero = FloatVector.zero(S);
        for (int j0 = jFrom; j0 < kp; j0 += L) { // the block with padding
            FloatVector r = zero, h = zero;
            for (int g = 0; g < L / 4; g++) {
                // as in dotRowBlocks: units past k read W's last row (lanes zeroed below), groups past k add zeros
                int o = j0 * d + 4 * g * d;
                int w0 = Math.min(o, last), w1 = Math.min(o + d, last), w2 = Math.min(o + 2 * d, last);
                int w3 = Math.min(o + 3 * d, last);
                FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
                if (j0 + 4 * g < k) {
                    a0 = FloatVector.fromArray(S, w, w0).fma(x0, a0);
                    a1 = FloatVector.fromArray(S, w, w1).fma(x0, a1);
                    a2 = FloatVector.fromArray(S, w, w2).fma(x0, a2);
                    a3 = FloatVector.fromArray(S, w, w3).fma(x0, a3);
                    if (nv > 1) {
                        a0 = FloatVector.fromArray(S, w, w0 + L).fma(x1, a0);
                        a1 = FloatVector.fromArray(S, w, w1 + L).fma(x1, a1);
                        a2 = FloatVector.fromArray(S, w, w2 + L).fma(x1, a2);
                        a3 = FloatVector.fromArray(S, w, w3 + L).fma(x1, a3);
                    }
                    if (nv > 2) {
                        a0 = FloatVector.fromArray(S, w, w0 + 2 * L).fma(x2, a0);
                        a1 = FloatVector.fromArray(S, w, w1 + 2 * L).fma(x2, a1);
                        a2 = FloatVector.fromArray(S, w, w2 + 2 * L).fma(x2, a2);
                        a3 = FloatVector.fromArray(S, w, w3 + 2 * L).fma(x2, a3);
                    }
                    if (nv > 3) {
                        a0 = FloatVector.fromArray(S, w, w0 + 3 * L).fma(x3, a0);
                        a1 = FloatVector.fromArray(S, w, w1 + 3 * L).fma(x3, a1);
                        a2 = FloatVector.fromArray(S, w, w2 + 3 * L).fma(x3, a2);
                        a3 = FloatVector.fromArray(S, w, w3 + 3 * L).fma(x3, a3);
                    }
                    if (part) {
                        a0 = FloatVector.fromArray(S, w, w0 + tail).fma(xt, a0);
                        a1 = FloatVector.fromArray(S, w, w1 + tail).fma(xt, a1);
                        a2 = FloatVector.fromArray(S, w, w2 + tail).fma(xt, a2);
                        a3 = FloatVector.fromArray(S, w, w3 + tail).fma(xt, a3);
                    }
                }
                FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v)); // lane c: unit 4g + (c & 3)
                // L == 4: one group a block (the constant test keeps C1 within its registers: see dotRowBlocks)
                if (L == 4) r = q;
                else if ((g & 1) == 0) h = q;
                else {
                    h = VCLASS.cast(h).blend(q, bit2).add(sw2.selectFrom(h, q)); // units 4(g-1) .. 4g+3
                    if ((g & 2) == 0) r = h;
                    else r = VCLASS.cast(r).blend(h, bit3).add(sw3.selectFrom(r, h)); // units 0 .. 15
                }
            }
            VectorMask<Float> in = S.indexInRange(j0, k);
            FloatVector b = offB >= 0 ? FloatVector.fromArray(S, w, offB + j0, in) : zero;
            b.add(r.blend(0f, in.not())).intoArray(z, zi + j0);
        }
    }

    /**
     * Weights (k d) from which dotRowFourAligned takes W's whole blocks: 256 KiB. JMH batch-1 steps at d=64 over
     * dotRowFew alone: k=1024 1.09-1.10x, k=4096 1.13-1.30x, but k=256 (64 KiB) 0.99-1.01x.
     */
    static final int ALIGNED_FORWARD_MIN = 1 << 16;

    /**
     * dotRowFew's first {@code blocks} blocks of L units at d = 4L on vectors aligned to w's lines: index h + n L
     * starts one (h in 1 .. L-1). A group's 4 rows are contiguous, so its 16 row vectors come from 17 aligned loads,
     * each the lanes L-h .. of one aligned vector and .. h-1 of the next (one permute). The same values into the same FMAs:
     * the same bits. Why: with -XX:ObjectAlignmentInBytes=64 the caller's parameters start 16 bytes past a line, and
     * every row vector spanned two lines. In-JVM (FwdAlign, probe), d=64: k=256 724 -> 544 ns, k=1024 2,850 -> 2,077
     * (W from L2); k=64 122 -> 137 (W in L1, where the permutes cost more than the split loads). In whole steps the
     * gain starts later: see ALIGNED_FORWARD_MIN.
     */
    private static void dotRowFourAligned(float[] w, int blocks, float[] x, int xi, int h, int offB, float[] z,
                                          int zi) {
        final int L = S.length(), d = 4 * L, top = LANE_BIT.length - 1;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L);
        FloatVector x2 = FloatVector.fromArray(S, x, xi + 2 * L), x3 = FloatVector.fromArray(S, x, xi + 3 * L);
        FloatVector sel = FloatVector.fromArray(S, IOTA2, L - h), zero = FloatVector.zero(S);
        for (int j0 = 0; j0 < blocks * L; j0 += L) {
            FloatVector r = zero, hv = zero;
            for (int g = 0; g < L / 4; g++) {
                // rows j0 + 4g .. +3 from o; aligned vectors from o + h - L (W's first row: from its own start)
                int o = (j0 + 4 * g) * d, base = o + h - L;
                FloatVector lo = base >= 0 ? FloatVector.fromArray(S, w, base) : zero;
                FloatVector hi = FloatVector.fromArray(S, w, base + L);
                FloatVector a0 = (base >= 0 ? sel.selectFrom(lo, hi) : FloatVector.fromArray(S, w, o)).fma(x0, zero);
                lo = FloatVector.fromArray(S, w, base + 2 * L);
                a0 = sel.selectFrom(hi, lo).fma(x1, a0);
                hi = FloatVector.fromArray(S, w, base + 3 * L);
                a0 = sel.selectFrom(lo, hi).fma(x2, a0);
                lo = FloatVector.fromArray(S, w, base + 4 * L);
                a0 = sel.selectFrom(hi, lo).fma(x3, a0);
                hi = FloatVector.fromArray(S, w, base + 5 * L);
                FloatVector a1 = sel.selectFrom(lo, hi).fma(x0, zero);
                lo = FloatVector.fromArray(S, w, base + 6 * L);
                a1 = sel.selectFrom(hi, lo).fma(x1, a1);
                hi = FloatVector.fromArray(S, w, base + 7 * L);
                a1 = sel.selectFrom(lo, hi).fma(x2, a1);
                lo = FloatVector.fromArray(S, w, base + 8 * L);
                a1 = sel.selectFrom(hi, lo).fma(x3, a1);
                hi = FloatVector.fromArray(S, w, base + 9 * L);
                FloatVector a2 = sel.selectFrom(lo, hi).fma(x0, zero);
                lo = FloatVector.fromArray(S, w, base + 10 * L);
                a2 = sel.selectFrom(hi, lo).fma(x1, a2);
                hi = FloatVector.fromArray(S, w, base + 11 * L);
                a2 = sel.selectFrom(lo, hi).fma(x2, a2);
                lo = FloatVector.fromArray(S, w, base + 12 * L);
                a2 = sel.selectFrom(hi, lo).fma(x3, a2);
                hi = FloatVector.fromArray(S, w, base + 13 * L);
                FloatVector a3 = sel.selectFrom(lo, hi).fma(x0, zero);
                lo = FloatVector.fromArray(S, w, base + 14 * L);
                a3 = sel.selectFrom(hi, lo).fma(x1, a3);
                hi = FloatVector.fromArray(S, w, base + 15 * L);
                a3 = sel.selectFrom(lo, hi).fma(x2, a3);
                lo = FloatVector.fromArray(S, w, base + 16 * L);
                a3 = sel.selectFrom(hi, lo).fma(x3, a3);
                // dotRowFew's fold
                FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                if (L == 4) r = q;
                else if ((g & 1) == 0) hv = q;
                else {
                    hv = VCLASS.cast(hv).blend(q, bit2).add(sw2.selectFrom(hv, q));
                    if ((g & 2) == 0) r = hv;
                    else r = VCLASS.cast(r).blend(hv, bit3).add(sw3.selectFrom(r, hv));
                }
            }
            FloatVector b = offB >= 0 ? FloatVector.fromArray(S, w, offB + j0) : zero;
            b.add(r).intoArray(z, zi + j0);
        }
    }

    /**
     * y of one row of Z: yInit + relu(z) . a, a straight from the parameters (the last vector masked), the lanes
     * summed by the XOR_LANES tree (the order is fixed: the interpreter and C2 give the same y).
     */
    private static float rowOutput(float[] z, int zi, int kp, float[] w, int k, int offA, float yInit, float slope) {
        final int L = S.length();
        FloatVector acc = FloatVector.zero(S);
        for (int j = 0; j < kp; j += L) {
            FloatVector v = FloatVector.fromArray(S, z, zi + j);
            FloatVector a = j + L <= k ? FloatVector.fromArray(S, w, offA + j)
                    : FloatVector.fromArray(S, w, offA + j, S.indexInRange(j, k));
            acc = v.blend(v.mul(slope), v.lt(0f)).fma(a, acc);
        }
        // XOR_LANES' tree (its lane 0): the stages but the last two by constant shuffles, those as rowOutput1's adds
        if (L > 4) acc = acc.rearrange(UPPER_HALF).add(acc);
        if (L > 8) acc = acc.rearrange(XOR_STAGE1).add(acc);
        return ((acc.lane(0) + acc.lane(2)) + (acc.lane(1) + acc.lane(3))) + yInit;
    }

    /**
     * One row of forwardZDot when d = L, the same sums: each unit's product is one vector, with no loop along the
     * inputs (whose pre- and post-loop cost more than the 4 FMAs: d=16 k=4096 took 2.2 ns a unit, now 0.8). Its own
     * method: inlined into forwardZDot, C1 ran out of virtual registers compiling it, and the method was left at
     * C1's tier 2 (d=64 k=64 batch 1: 10 us a step instead of 0.8). It sets up its own masks and index vectors:
     * passed from forwardZDot to a method that is not inlined, they would be boxed on every call.
     *
     * <p>The fold's first stage acts on W's rows rather than on their products with x: for units j, j+1 (rows p, q)
     * lane c of {@code p.blend(q, bit0).fma(x, PAIR_SWAP_0.selectFrom(p, q).mul(xs))}, xs[c] = x[c ^ 1], is
     * {@code p[c] x[c] + p[c^1] x[c^1]} (or q's), the first product rounded once less than in the fold of the two
     * products: 4 operations a pair of units instead of 5 (two FMAs, the blend, the permute, the add). In-JVM (Fwd16
     * probe, W in L1), d=16: k=64 54 -> 48 ns a pass, k=256 196 -> 168, k=1024 857 -> 772; JMH batch-1 steps, k=256
     * 0.94x the time, k=1024 0.97x, k=64 0.97-1.00x, k=4096 1.00x. With more than one vector
     * a row the products are summed along the row first, and the pair would cost a blend, a permute and two FMAs per
     * vector of the row: the other forms keep the fold of the products.
     */
    private static void dotRowOneVector(float[] w, int k, float[] x, int xi, int kp, int offB, float[] z, int zi) {
        final int L = S.length();
        int last = (k - 1) * L, top = LANE_BIT.length - 1;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        FloatVector xv = FloatVector.fromArray(S, x, xi), zero = FloatVector.zero(S);
        FloatVector xs = sw0.selectFrom(xv, xv); // lane c: x[c ^ 1]
        // first block first. Chosen when weightGradRowShort stepped W last unit first, so that each pass started on
        // the rows the other touched last (d=16 batch 1 at k=64..1024: 1.05-1.09x, JMH on Zen 4). That step now goes
        // first unit first; this pass last block first measured the same (d=16 k=256..8192, 0.96-1.03x)
        int whole = k - k % L;
        for (int j0 = 0; j0 < whole; j0 += L) {
            // whole blocks: the padding block's tree (below) written out (no clamps, no branches: its loop, run here,
            // spent more on its index clamps and its branches on g than on its FMAs)
            int o = j0 * L;
            FloatVector p0 = FloatVector.fromArray(S, w, o), p1 = FloatVector.fromArray(S, w, o + L);
            FloatVector u = p0.blend(p1, bit0).fma(xv, sw0.selectFrom(p0, p1).mul(xs));
            FloatVector p2 = FloatVector.fromArray(S, w, o + 2 * L), p3 = FloatVector.fromArray(S, w, o + 3 * L);
            FloatVector v = p2.blend(p3, bit0).fma(xv, sw0.selectFrom(p2, p3).mul(xs));
            FloatVector r = u.blend(v, bit1).add(sw1.selectFrom(u, v)); // units 0 .. 3
            if (L >= 8) {
                p0 = FloatVector.fromArray(S, w, o + 4 * L);
                p1 = FloatVector.fromArray(S, w, o + 5 * L);
                u = p0.blend(p1, bit0).fma(xv, sw0.selectFrom(p0, p1).mul(xs));
                p2 = FloatVector.fromArray(S, w, o + 6 * L);
                p3 = FloatVector.fromArray(S, w, o + 7 * L);
                v = p2.blend(p3, bit0).fma(xv, sw0.selectFrom(p2, p3).mul(xs));
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                r = r.blend(q, bit2).add(sw2.selectFrom(r, q)); // units 0 .. 7
                if (L >= 16) {
                    p0 = FloatVector.fromArray(S, w, o + 8 * L);
                    p1 = FloatVector.fromArray(S, w, o + 9 * L);
                    u = p0.blend(p1, bit0).fma(xv, sw0.selectFrom(p0, p1).mul(xs));
                    p2 = FloatVector.fromArray(S, w, o + 10 * L);
                    p3 = FloatVector.fromArray(S, w, o + 11 * L);
                    v = p2.blend(p3, bit0).fma(xv, sw0.selectFrom(p2, p3).mul(xs));
                    FloatVector h = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                    p0 = FloatVector.fromArray(S, w, o + 12 * L);
                    p1 = FloatVector.fromArray(S, w, o + 13 * L);
                    u = p0.blend(p1, bit0).fma(xv, sw0.selectFrom(p0, p1).mul(xs));
                    p2 = FloatVector.fromArray(S, w, o + 14 * L);
                    p3 = FloatVector.fromArray(S, w, o + 15 * L);
                    v = p2.blend(p3, bit0).fma(xv, sw0.selectFrom(p2, p3).mul(xs));
                    q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                    h = h.blend(q, bit2).add(sw2.selectFrom(h, q)); // units 8 .. 15
                    r = r.blend(h, bit3).add(sw3.selectFrom(r, h));
                }
            }
            FloatVector b = offB < 0 ? zero : FloatVector.fromArray(S, w, offB + j0);
            b.add(r).intoArray(z, zi + j0);
        }
        if (whole < k) {
            int j0 = whole; // the block with padding: units past k read W's last row (their lanes are zeroed)
            FloatVector r = zero, h = zero;
            for (int g = 0; g < L / 4; g++) {
                int o = (j0 + 4 * g) * L;
                FloatVector u = zero, v = zero;
                if (j0 + 4 * g < k) { // groups wholly past k add zeros, as in forwardZDot
                    FloatVector p0 = FloatVector.fromArray(S, w, Math.min(o, last));
                    FloatVector p1 = FloatVector.fromArray(S, w, Math.min(o + L, last));
                    u = p0.blend(p1, bit0).fma(xv, sw0.selectFrom(p0, p1).mul(xs));
                    FloatVector p2 = FloatVector.fromArray(S, w, Math.min(o + 2 * L, last));
                    FloatVector p3 = FloatVector.fromArray(S, w, Math.min(o + 3 * L, last));
                    v = p2.blend(p3, bit0).fma(xv, sw0.selectFrom(p2, p3).mul(xs));
                }
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                if ((g & 1) == 0) h = q;
                else {
                    h = VCLASS.cast(h).blend(q, bit2).add(sw2.selectFrom(h, q));
                    if ((g & 2) == 0) r = h;
                    else r = VCLASS.cast(r).blend(h, bit3).add(sw3.selectFrom(r, h));
                }
            }
            if (L == 4) r = h;
            VectorMask<Float> in = S.indexInRange(j0, k);
            FloatVector b = offB < 0 ? zero : FloatVector.fromArray(S, w, offB + j0, in); // as in forwardZDot
            b.add(r.blend(0f, in.not())).intoArray(z, zi + j0);
        }
    }

    /** Per stage s (bit b = 2^s of the lane index): the lanes with bit b set (see PAIR_SWAP). */
    private static final long[] LANE_BIT = laneBitMasks();

    private static long[] laneBitMasks() {
        int stages = Integer.numberOfTrailingZeros(S.length());
        long[] m = new long[stages];
        for (int s = 0; s < stages; s++) m[s] = laneBits(1 << s);
        return m;
    }

    /**
     * Two-vector index per stage s (bit b = 2^s) at [s L, (s+1) L) of the transposed lane sum: the fold
     * u.blend(v, LANE_BIT[s]) + PAIR_SWAP_s.selectFrom(u, v) gives lane c = u[c] + u[c ^ b] when bit b of c is clear,
     * else v[c] + v[c ^ b]. Stages 0 .. s over vectors of 2^(s+1) units leave lane c with unit (c mod 2^(s+1))'s sum.
     */
    private static final float[] PAIR_SWAP = pairSwap();

    private static float[] pairSwap() {
        int L = S.length(), stages = Integer.numberOfTrailingZeros(L);
        float[] t = new float[stages * L];
        for (int s = 0; s < stages; s++)
            for (int c = 0; c < L; c++) t[s * L + c] = ((c >> s) & 1) == 0 ? c ^ (1 << s) : L + (c ^ (1 << s));
        return t;
    }

    /**
     * relu_s(z) is z.blend(z.mul(s), z.lt(0f)) throughout, not z.max(z.mul(s)): the same bits for 0 <= s < 1, but
     * FloatVector.max keeps Math.max's NaN and -0 rules, which cost C2 several more instructions a vector (this
     * method's rows at kp=16 took 84 ns for 32 rows with max, 66 with the blend, the lane sums aside).
     */
    @Override
    void output1(float[] z, int zRows, int zp, int i0, int n, int kp, int k, float[] ap, float yInit, float slope,
                 float[] y, float[] lanes) {
        final int L = S.length();
        int i = i0, end = i0 + n, live = 2 * k <= L ? L / 2 : L;
        // L rows at a time: their accumulators into an L x L scratch, then the lane sums of all L as one vector
        // (the scratch transposed in place: row l holds lane l of every row), in sumLanes' order: the same y as row
        // by row
        if (live < L) i = output1Halves(z, i0, n, ap, yInit, slope, y, lanes);
        else for (; i + L <= end; i += L) {
            blockOutput1(z, zRows, zp, i, kp, ap, 0, slope, lanes);
            blockSums(lanes, 0, i, 1, 0, yInit, y);
        }
        for (; i < end; i++) {
            rowOutputLanes(z, zRows, zp, i, kp, ap, 0, slope, lanes);
            y[i] = yInit + sumLanes(lanes, live);
        }
    }

    /**
     * Row i's lane partial sums of relu(z_i) . a into lanes[0, L) (a at ap from ao: one output, or output o's row of
     * A), units in order, Z in panels of zp units (see {@link VectorKernel#zIndex}; zp = kp: rows of Z). Stored, not
     * returned: called once a call for the tail rows, C2 may leave it out of line, and a returned vector is boxed.
     */
    private static void rowOutputLanes(float[] z, int zRows, int zp, int i, int kp, float[] ap, int ao, float slope,
                                       float[] lanes) {
        final int L = S.length();
        FloatVector acc = FloatVector.zero(S);
        // one loop over the units, the row's offset moved on at the end of each panel
        int end = Math.min(zp, kp), zi = i * end;
        for (int j = 0; j < kp; j += L) {
            if (j == end) {
                int w = Math.min(zp, kp - j);
                zi = j * zRows + i * w - j;
                end = j + w;
            }
            FloatVector v = FloatVector.fromArray(S, z, zi + j);
            acc = v.blend(v.mul(slope), v.lt(0f)).fma(FloatVector.fromArray(S, ap, ao + j), acc);
        }
        acc.intoArray(lanes, 0);
    }

    /**
     * rowOutputLanes of rows [i, i + L) into the L x L scratch (row r's at r * L), panel by panel: the block's rows sit
     * side by side in each panel, so Z streams as in rows. Row by row, each row read a stretch of every panel (64 at
     * k=4096): the output pass of d=1024 k=4096 batch 256 took 0.8-1.6 ms instead of 0.3, Z coming from L3.
     */
    private static void blockOutput1(float[] z, int zRows, int zp, int i, int kp, float[] ap, int ao, float slope,
                                     float[] lanes) {
        final int L = S.length();
        // the accumulators start at zero and continue from the scratch panel after panel: the same FMA chains as in
        // one pass over each row
        FloatVector zero = FloatVector.zero(S);
        for (int r = 0; r < L; r++) zero.intoArray(lanes, r * L);
        for (int j0 = 0; j0 < kp; j0 += zp) {
            int w = Math.min(zp, kp - j0), zi = j0 * zRows + i * w - j0;
            // 4 rows at once: 4 independent FMA chains (one row's chain alone waits on each FMA's latency)
            for (int r = 0; r < L; r += 4, zi += 4 * w) {
                FloatVector a0 = FloatVector.fromArray(S, lanes, r * L);
                FloatVector a1 = FloatVector.fromArray(S, lanes, (r + 1) * L);
                FloatVector a2 = FloatVector.fromArray(S, lanes, (r + 2) * L);
                FloatVector a3 = FloatVector.fromArray(S, lanes, (r + 3) * L);
                for (int j = j0; j < j0 + w; j += L) {
                    FloatVector av = FloatVector.fromArray(S, ap, ao + j);
                    FloatVector v0 = FloatVector.fromArray(S, z, zi + j);
                    FloatVector v1 = FloatVector.fromArray(S, z, zi + w + j);
                    FloatVector v2 = FloatVector.fromArray(S, z, zi + 2 * w + j);
                    FloatVector v3 = FloatVector.fromArray(S, z, zi + 3 * w + j);
                    a0 = v0.blend(v0.mul(slope), v0.lt(0f)).fma(av, a0);
                    a1 = v1.blend(v1.mul(slope), v1.lt(0f)).fma(av, a1);
                    a2 = v2.blend(v2.mul(slope), v2.lt(0f)).fma(av, a2);
                    a3 = v3.blend(v3.mul(slope), v3.lt(0f)).fma(av, a3);
                }
                a0.intoArray(lanes, r * L);
                a1.intoArray(lanes, (r + 1) * L);
                a2.intoArray(lanes, (r + 2) * L);
                a3.intoArray(lanes, (r + 3) * L);
            }
        }
    }

    /**
     * blockOutput1 for four outputs at once, o .. o+3 (A's rows at ap + (o + q) kp), output q's L x L block at
     * lanes[q L L]: each vector of relu(Z) made once for the four. Each accumulator is the same FMA chain as
     * blockOutput1's (the same bits). One output a pass, relu(Z) was made m times over and each pass read Z again.
     */
    private static void blockOutputs4(float[] z, int zRows, int zp, int i, int kp, float[] ap, int o, float slope,
                                      float[] lanes) {
        final int L = S.length(), LL = L * L;
        FloatVector zero = FloatVector.zero(S);
        for (int r = 0; r < 4 * L; r++) zero.intoArray(lanes, r * L);
        int ao = o * kp;
        for (int j0 = 0; j0 < kp; j0 += zp) {
            int w = Math.min(zp, kp - j0), zi = j0 * zRows + i * w - j0;
            for (int r = 0; r < L; r += 4, zi += 4 * w) {
                // the accumulators of rows r .. r+3 (second digit) for outputs o .. o+3 (first digit)
                int t = r * L;
                FloatVector a00 = FloatVector.fromArray(S, lanes, t), a01 = FloatVector.fromArray(S, lanes, t + L);
                FloatVector a02 = FloatVector.fromArray(S, lanes, t + 2 * L);
                FloatVector a03 = FloatVector.fromArray(S, lanes, t + 3 * L);
                FloatVector a10 = FloatVector.fromArray(S, lanes, LL + t);
                FloatVector a11 = FloatVector.fromArray(S, lanes, LL + t + L);
                FloatVector a12 = FloatVector.fromArray(S, lanes, LL + t + 2 * L);
                FloatVector a13 = FloatVector.fromArray(S, lanes, LL + t + 3 * L);
                FloatVector a20 = FloatVector.fromArray(S, lanes, 2 * LL + t);
                FloatVector a21 = FloatVector.fromArray(S, lanes, 2 * LL + t + L);
                FloatVector a22 = FloatVector.fromArray(S, lanes, 2 * LL + t + 2 * L);
                FloatVector a23 = FloatVector.fromArray(S, lanes, 2 * LL + t + 3 * L);
                FloatVector a30 = FloatVector.fromArray(S, lanes, 3 * LL + t);
                FloatVector a31 = FloatVector.fromArray(S, lanes, 3 * LL + t + L);
                FloatVector a32 = FloatVector.fromArray(S, lanes, 3 * LL + t + 2 * L);
                FloatVector a33 = FloatVector.fromArray(S, lanes, 3 * LL + t + 3 * L);
                for (int j = j0; j < j0 + w; j += L) {
                    FloatVector v0 = FloatVector.fromArray(S, z, zi + j);
                    FloatVector v1 = FloatVector.fromArray(S, z, zi + w + j);
                    FloatVector v2 = FloatVector.fromArray(S, z, zi + 2 * w + j);
                    FloatVector v3 = FloatVector.fromArray(S, z, zi + 3 * w + j);
                    v0 = v0.blend(v0.mul(slope), v0.lt(0f));
                    v1 = v1.blend(v1.mul(slope), v1.lt(0f));
                    v2 = v2.blend(v2.mul(slope), v2.lt(0f));
                    v3 = v3.blend(v3.mul(slope), v3.lt(0f));
                    FloatVector av = FloatVector.fromArray(S, ap, ao + j);
                    a00 = v0.fma(av, a00);
                    a01 = v1.fma(av, a01);
                    a02 = v2.fma(av, a02);
                    a03 = v3.fma(av, a03);
                    av = FloatVector.fromArray(S, ap, ao + kp + j);
                    a10 = v0.fma(av, a10);
                    a11 = v1.fma(av, a11);
                    a12 = v2.fma(av, a12);
                    a13 = v3.fma(av, a13);
                    av = FloatVector.fromArray(S, ap, ao + 2 * kp + j);
                    a20 = v0.fma(av, a20);
                    a21 = v1.fma(av, a21);
                    a22 = v2.fma(av, a22);
                    a23 = v3.fma(av, a23);
                    av = FloatVector.fromArray(S, ap, ao + 3 * kp + j);
                    a30 = v0.fma(av, a30);
                    a31 = v1.fma(av, a31);
                    a32 = v2.fma(av, a32);
                    a33 = v3.fma(av, a33);
                }
                a00.intoArray(lanes, t);
                a01.intoArray(lanes, t + L);
                a02.intoArray(lanes, t + 2 * L);
                a03.intoArray(lanes, t + 3 * L);
                a10.intoArray(lanes, LL + t);
                a11.intoArray(lanes, LL + t + L);
                a12.intoArray(lanes, LL + t + 2 * L);
                a13.intoArray(lanes, LL + t + 3 * L);
                a20.intoArray(lanes, 2 * LL + t);
                a21.intoArray(lanes, 2 * LL + t + L);
                a22.intoArray(lanes, 2 * LL + t + 2 * L);
                a23.intoArray(lanes, 2 * LL + t + 3 * L);
                a30.intoArray(lanes, 3 * LL + t);
                a31.intoArray(lanes, 3 * LL + t + L);
                a32.intoArray(lanes, 3 * LL + t + 2 * L);
                a33.intoArray(lanes, 3 * LL + t + 3 * L);
            }
        }
    }

    /**
     * output1's blocks of L rows for k <= L/2 (so kp = L): the sums of lanes [0, L/2) only, as the tail rows take them.
     * Rows r and r + L/2 share a vector (low and high half), so the transposition runs within halves: log2(L) - 1
     * stages over L/2 vectors, and L/2 sequential adds. At d=16 k=8 the full transposition (about 600 instructions
     * with its copies, bounds checks and index conversions) made this the largest phase of a batch-32 step.
     */
    private static int output1Halves(float[] z, int i0, int n, float[] ap, float yInit, float slope, float[] y,
                                     float[] lanes) {
        final int L = S.length(), h = L / 2;
        VectorMask<Float> hi = VectorMask.fromLong(S, HALF_HI);
        FloatVector swap = FloatVector.fromArray(S, XOR_LANES, 0); // lane l <- lane l ^ L/2
        FloatVector a = FloatVector.fromArray(S, ap, 0), zero = FloatVector.zero(S);
        int i = i0, end = i0 + n;
        for (; i + L <= end; i += L) {
            for (int r = 0; r < h; r++) {
                // output1's accumulators of rows i + r and i + r + L/2 (one vector of units: fma onto zero)
                FloatVector v = FloatVector.fromArray(S, z, (i + r) * L);
                FloatVector u = FloatVector.fromArray(S, z, (i + r + h) * L);
                FloatVector p = v.blend(v.mul(slope), v.lt(0f)).fma(a, zero);
                FloatVector q = u.blend(u.mul(slope), u.lt(0f)).fma(a, zero);
                p.blend(swap.selectFrom(q), hi).intoArray(lanes, r * L);
            }
            // transposeBlock's stages for the low bits only: row q then holds lane q of all L rows
            for (int b = 0; (1 << b) < h; b++) {
                int bit = 1 << b;
                FloatVector lo = FloatVector.fromArray(S, TRANSPOSE, 2 * b * L);
                FloatVector hiIdx = FloatVector.fromArray(S, TRANSPOSE, (2 * b + 1) * L);
                for (int r = 0; r < h; r++) {
                    if ((r & bit) != 0) continue;
                    FloatVector r0 = FloatVector.fromArray(S, lanes, r * L);
                    FloatVector r1 = FloatVector.fromArray(S, lanes, (r | bit) * L);
                    lo.selectFrom(r0, r1).intoArray(lanes, r * L);
                    hiIdx.selectFrom(r0, r1).intoArray(lanes, (r | bit) * L);
                }
            }
            FloatVector sum = zero;
            for (int q = 0; q < h; q++) sum = VCLASS.cast(sum).add(FloatVector.fromArray(S, lanes, q * L));
            sum.add(yInit).intoArray(y, i);
        }
        return i;
    }

    @Override
    void output1D1(float[] x, int xOff, float[] z, int zRows, int zp, int i0, int n, int kp, int k, float[] wt,
                   int wtOff, float[] bp, float[] ap, float yInit, float slope, float[] y, float[] lanes) {
        final int L = S.length();
        int i = i0, end = i0 + n, live = 2 * k <= L ? L / 2 : L; // output1's lanes
        for (; i + L <= end; i += L) {
            FloatVector xv = FloatVector.fromArray(S, x, xOff + i), v = FloatVector.zero(S);
            for (int l = 0; l < live; l++) {
                // lane l of output1's accumulator, for L rows: z = x w_j + b_j as forwardZ computes it (one FMA)
                FloatVector acc = FloatVector.zero(S);
                for (int j = l; j < kp; j += L) {
                    FloatVector zv = xv.fma(wt[wtOff + j], bp[j]);
                    acc = zv.blend(zv.mul(slope), zv.lt(0f)).fma(FloatVector.broadcast(S, ap[j]), acc);
                }
                v = VCLASS.cast(v).add(acc);
            }
            v.add(yInit).intoArray(y, i);
        }
        if (i < end) output1(z, zRows, zp, i, end - i, kp, k, ap, yInit, slope, y, lanes);
    }

    /**
     * Lane sum in a fixed order. reduceLanes(ADD) leaves the order unspecified, and the interpreter and C2 do differ,
     * which made identical runs differ in the last bits before and after JIT compilation.
     */
    private static float sumLanes(float[] lanes, int n) {
        float s = 0f;
        for (int l = 0; l < n; l++) s += lanes[l];
        return s;
    }

    // ---------------------------------------------------------------- outputs for m > 1

    @Override
    void outputs(float[] z, int zRows, int zp, int i0, int rows, int kp, int m, float[] ap, float[] params, int cOff,
                 float slope, float[] y, float[] lanes) {
        final int L = S.length();
        int i = i0, end = i0 + rows;
        for (; i + L <= end; i += L) { // L rows at a time through Z's panels (see blockOutput1)
            int o = 0;
            for (; o + 4 <= m; o += 4) {
                blockOutputs4(z, zRows, zp, i, kp, ap, o, slope, lanes);
                for (int q = 0; q < 4; q++)
                    blockSums(lanes, q * L * L, i, m, o + q, cOff < 0 ? 0f : params[cOff + o + q], y);
            }
            for (; o < m; o++) {
                blockOutput1(z, zRows, zp, i, kp, ap, o * kp, slope, lanes);
                blockSums(lanes, 0, i, m, o, cOff < 0 ? 0f : params[cOff + o], y);
            }
        }
        for (; i < end; i++) {
            for (int o = 0; o < m; o++) {
                rowOutputLanes(z, zRows, zp, i, kp, ap, o * kp, slope, lanes);
                y[i * m + o] = (cOff < 0 ? 0f : params[cOff + o]) + sumLanes(lanes, L);
            }
        }
    }

    /**
     * y of output o (of m) for rows i .. i+L, c + each row's lane sum, from their L x L block of lane partial sums at
     * lanes[s] (row r's at s + r L): the block transposed in place and its rows added as vectors, in sumLanes' order
     * (the same y as row by row). For m > 1 these sums had been taken a row at a time by scalar adds, each a chain of
     * L adds, and were most of the output pass.
     */
    private static void blockSums(float[] lanes, int s, int i, int m, int o, float c, float[] y) {
        final int L = S.length();
        transposeBlock(lanes, s, L, lanes, s, L);
        FloatVector sum = FloatVector.zero(S);
        for (int l = 0; l < L; l++) sum = VCLASS.cast(sum).add(FloatVector.fromArray(S, lanes, s + l * L));
        if (m == 1) sum.add(c).intoArray(y, i); // one output: the L rows' y side by side
        else {
            sum.add(c).intoArray(lanes, s);
            for (int r = 0; r < L; r++) y[(i + r) * m + o] = lanes[s + r];
        }
    }

    // ---------------------------------------------------------------- backward: dA, G, db

    @Override
    void hiddenGrad(float[] z, int zp, int rows, int kp, int m, float[] e, float[] ap, float slope, boolean trainA,
                    float[] dap, float[] dbp, float[] gp, int j1, int j2, boolean acc) {
        if (m == 1) hiddenGrad1(z, zp, rows, kp, e, ap, slope, trainA, dap, dbp, gp, j1, j2, acc);
        else hiddenGradM(z, zp, rows, kp, m, e, ap, slope, trainA, dap, dbp, gp, j1, j2, acc);
    }

    /** One output: dA, G and db in a single pass over Z, accumulators in registers across the batch. */
    private static void hiddenGrad1(float[] z, int zp, int rows, int kp, float[] e, float[] ap, float slope,
                                    boolean trainA, float[] dap, float[] dbp, float[] gp, int j1, int j2, boolean acc) {
        final int L = S.length();
        for (int j = j1; j < j2; j += L) {
            int j0 = j - j % zp, zs = Math.min(zp, kp - j0), zb = j0 * rows + j - j0; // Z(i, j) at zb + i * zs
            FloatVector a = FloatVector.fromArray(S, ap, j);
            FloatVector accA = init(acc && trainA, dap, j), accB = init(acc, dbp, j);
            int go = j * rows; // G's panel of hidden units j .. j+L: rows x L
            for (int i = 0; i < rows; i++) {
                FloatVector zv = FloatVector.fromArray(S, z, zb + i * zs);
                FloatVector ei = FloatVector.broadcast(S, e[i]);
                if (trainA) accA = zv.blend(zv.mul(slope), zv.lt(0f)).fma(ei, accA);
                FloatVector g = a.mul(ei);
                VectorMask<Float> off = zv.compare(VectorOperators.LE, 0f);
                g = g.blend(g.mul(slope), off);
                g.intoArray(gp, go + i * L);
                accB = VCLASS.cast(accB).add(g);
            }
            accA.intoArray(dap, j);
            accB.intoArray(dbp, j);
        }
    }

    private static void hiddenGradM(float[] z, int zp, int rows, int kp, int m, float[] e, float[] ap, float slope,
                                    boolean trainA, float[] dap, float[] dbp, float[] gp, int j1, int j2, boolean acc) {
        final int L = S.length();
        for (int j = j1; j < j2; j += L) {
            int j0 = j - j % zp, zs = Math.min(zp, kp - j0), zb = j0 * rows + j - j0; // Z(i, j) at zb + i * zs
            if (trainA) {
                int o = 0;
                // four outputs a pass over the rows: each row's relu(z) made once for the four (the same FMA chains)
                for (; o + 4 <= m; o += 4) {
                    int d0 = o * kp + j;
                    FloatVector a0 = init(acc, dap, d0), a1 = init(acc, dap, d0 + kp);
                    FloatVector a2 = init(acc, dap, d0 + 2 * kp), a3 = init(acc, dap, d0 + 3 * kp);
                    for (int i = 0; i < rows; i++) {
                        FloatVector v = FloatVector.fromArray(S, z, zb + i * zs);
                        FloatVector h = v.blend(v.mul(slope), v.lt(0f));
                        int eo = i * m + o;
                        a0 = h.fma(FloatVector.broadcast(S, e[eo]), a0);
                        a1 = h.fma(FloatVector.broadcast(S, e[eo + 1]), a1);
                        a2 = h.fma(FloatVector.broadcast(S, e[eo + 2]), a2);
                        a3 = h.fma(FloatVector.broadcast(S, e[eo + 3]), a3);
                    }
                    a0.intoArray(dap, d0);
                    a1.intoArray(dap, d0 + kp);
                    a2.intoArray(dap, d0 + 2 * kp);
                    a3.intoArray(dap, d0 + 3 * kp);
                }
                for (; o < m; o++) {
                    FloatVector accA = init(acc, dap, o * kp + j);
                    for (int i = 0; i < rows; i++) {
                        FloatVector v = FloatVector.fromArray(S, z, zb + i * zs);
                        accA = v.blend(v.mul(slope), v.lt(0f)).fma(FloatVector.broadcast(S, e[i * m + o]), accA);
                    }
                    accA.intoArray(dap, o * kp + j);
                }
            }
            FloatVector accB = init(acc, dbp, j);
            int go = j * rows, i = 0;
            // four rows a pass over the outputs: each vector of A loaded once for the four, four independent chains
            // (each row's sum over the outputs in order, as one row at a time: the same bits)
            for (; i + 4 <= rows; i += 4) {
                FloatVector g0 = FloatVector.zero(S), g1 = g0, g2 = g0, g3 = g0;
                for (int o = 0, eo = i * m; o < m; o++, eo++) {
                    FloatVector a = FloatVector.fromArray(S, ap, o * kp + j);
                    g0 = a.fma(FloatVector.broadcast(S, e[eo]), g0);
                    g1 = a.fma(FloatVector.broadcast(S, e[eo + m]), g1);
                    g2 = a.fma(FloatVector.broadcast(S, e[eo + 2 * m]), g2);
                    g3 = a.fma(FloatVector.broadcast(S, e[eo + 3 * m]), g3);
                }
                FloatVector z0 = FloatVector.fromArray(S, z, zb + i * zs);
                FloatVector z1 = FloatVector.fromArray(S, z, zb + (i + 1) * zs);
                FloatVector z2 = FloatVector.fromArray(S, z, zb + (i + 2) * zs);
                FloatVector z3 = FloatVector.fromArray(S, z, zb + (i + 3) * zs);
                g0 = g0.blend(g0.mul(slope), z0.compare(VectorOperators.LE, 0f));
                g1 = g1.blend(g1.mul(slope), z1.compare(VectorOperators.LE, 0f));
                g2 = g2.blend(g2.mul(slope), z2.compare(VectorOperators.LE, 0f));
                g3 = g3.blend(g3.mul(slope), z3.compare(VectorOperators.LE, 0f));
                g0.intoArray(gp, go + i * L);
                g1.intoArray(gp, go + (i + 1) * L);
                g2.intoArray(gp, go + (i + 2) * L);
                g3.intoArray(gp, go + (i + 3) * L);
                accB = VCLASS.cast(accB).add(g0).add(g1).add(g2).add(g3);
            }
            for (; i < rows; i++) {
                FloatVector zv = FloatVector.fromArray(S, z, zb + i * zs);
                FloatVector g = FloatVector.zero(S);
                for (int o = 0; o < m; o++)
                    g = FloatVector.fromArray(S, ap, o * kp + j).fma(FloatVector.broadcast(S, e[i * m + o]), g);
                VectorMask<Float> off = zv.compare(VectorOperators.LE, 0f);
                g = g.blend(g.mul(slope), off);
                g.intoArray(gp, go + i * L);
                accB = VCLASS.cast(accB).add(g);
            }
            accB.intoArray(dbp, j);
        }
    }

    @Override
    void hiddenGradDot(float[] z, int rows, int kp, int k, float[] e, float[] w, int offB, int offA, float slope,
                       boolean trainA, float[] grad, float[] upd, float lr, float[] gp, float[] tail) {
        if (rows == 1) {
            hiddenGradDot1(z, k, e[0], w, offB, offA, slope, trainA, grad, upd, lr, gp);
            return;
        }
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr);
        for (int j = 0; j < kp; j += L) {
            // A and b straight from the parameters, the last vector masked (no padded copies). Whole vectors take
            // plain loads and stores, and no mask is made for them (batch 1, d=16, Zen 4: this pass ran 1.6x as fast
            // at k=256 and 1.1x at k=1024 as with every store masked)
            // (a mask variable null for whole vectors made C2 box the masks: 145 KB a call at d=70 k=40 batch 1)
            boolean whole = j + L <= k;
            FloatVector a = whole ? FloatVector.fromArray(S, w, offA + j)
                    : FloatVector.fromArray(S, w, offA + j, S.indexInRange(j, k));
            FloatVector accA = FloatVector.zero(S), accB = accA;
            int go = j * rows;
            for (int i = 0; i < rows; i++) { // hiddenGrad1's operations
                FloatVector zv = FloatVector.fromArray(S, z, i * kp + j);
                FloatVector ei = FloatVector.broadcast(S, e[i]);
                if (trainA) accA = zv.blend(zv.mul(slope), zv.lt(0f)).fma(ei, accA);
                FloatVector g = a.mul(ei);
                VectorMask<Float> off = zv.compare(VectorOperators.LE, 0f);
                g = g.blend(g.mul(slope), off);
                g.intoArray(gp, go + i * L);
                accB = VCLASS.cast(accB).add(g);
            }
            if (whole) {
                if (grad != null) {
                    accA.intoArray(grad, offA + j); // zero when A is fixed
                    if (offB >= 0) accB.intoArray(grad, offB + j);
                }
                if (upd != null) { // Kernel.sgdUpdate's p - lr g, from the registers (A read before any step)
                    if (trainA) a.sub(accA.mul(lrv)).intoArray(upd, offA + j);
                    if (offB >= 0) FloatVector.fromArray(S, upd, offB + j).sub(accB.mul(lrv)).intoArray(upd, offB + j);
                }
            } else {
                // the sums stored whole and their lanes below k copied, as in columnsHidden: no masked store while
                // they are live (the same p - lr g, in scalars)
                accA.intoArray(tail, 0);
                accB.intoArray(tail, L);
                tailLanes(tail, 0, k - j, grad, trainA ? upd : null, w, offA + j, offA + j, lr);
                if (offB >= 0) tailLanes(tail, L, k - j, grad, upd, upd, offB + j, offB + j, lr);
            }
        }
    }

    /**
     * hiddenGradDot for one row: its operations without the loop over rows, whose set-up C2 left around every vector
     * of units (d=16 batch 1, in-JVM: k=64 26 -> 16 ns a pass, k=256 78-125 -> 43-50, k=1024 323-380 -> 205-280).
     */
    private static void hiddenGradDot1(float[] z, int k, float e, float[] w, int offB, int offA, float slope,
                                       boolean trainA, float[] grad, float[] upd, float lr, float[] gp) {
        final int L = S.length();
        FloatVector ei = FloatVector.broadcast(S, e), zero = FloatVector.zero(S), lrv = FloatVector.broadcast(S, lr);
        for (int j = 0; j < k; j += L) {
            boolean whole = j + L <= k; // as in hiddenGradDot
            FloatVector a = whole ? FloatVector.fromArray(S, w, offA + j)
                    : FloatVector.fromArray(S, w, offA + j, S.indexInRange(j, k));
            FloatVector zv = FloatVector.fromArray(S, z, j);
            FloatVector accA = trainA ? zv.blend(zv.mul(slope), zv.lt(0f)).fma(ei, zero) : zero;
            FloatVector g = a.mul(ei);
            g = g.blend(g.mul(slope), zv.compare(VectorOperators.LE, 0f));
            g.intoArray(gp, j);
            FloatVector accB = zero.add(g); // hiddenGradDot's sum from zero (-0 becomes +0)
            if (whole) {
                if (grad != null) {
                    accA.intoArray(grad, offA + j);
                    if (offB >= 0) accB.intoArray(grad, offB + j);
                }
                if (upd != null) {
                    if (trainA) a.sub(accA.mul(lrv)).intoArray(upd, offA + j);
                    if (offB >= 0) FloatVector.fromArray(S, upd, offB + j).sub(accB.mul(lrv)).intoArray(upd, offB + j);
                }
            } else {
                VectorMask<Float> in = S.indexInRange(j, k);
                if (grad != null) {
                    accA.intoArray(grad, offA + j, in);
                    if (offB >= 0) accB.intoArray(grad, offB + j, in);
                }
                if (upd != null) {
                    if (trainA) a.sub(accA.mul(lrv)).intoArray(upd, offA + j, in);
                    if (offB >= 0)
                        FloatVector.fromArray(S, upd, offB + j, in).sub(accB.mul(lrv)).intoArray(upd, offB + j, in);
                }
            }
        }
    }

    // ---------------------------------------------------------------- backward: dW^T = X^T G

    @Override
    void weightGrad(float[] x, int xOff, int rows, int d, float[] gp, int kp, float[] dwt, int j1, int j2,
                    boolean acc) {
        final int L = S.length();
        int j = j1;
        // hidden-unit panel outer so the G panel stays in cache while every input p is swept
        for (; j + 4 * L <= j2; j += 4 * L) {
            int p = 0;
            for (; p + 4 <= d; p += 4) dw4x4(x, xOff, d, rows, gp, kp, p, j, dwt, acc);
            for (; p < d; p++) dw1x4(x, xOff, d, rows, gp, kp, p, j, dwt, acc);
        }
        for (; j < j2; j += L) {
            int p = 0;
            // 8 inputs: 8 independent FMA chains (as z8x1)
            for (; p + 8 <= d; p += 8) dw8x1(x, xOff, d, rows, gp, kp, p, j, dwt, acc);
            for (; p + 4 <= d; p += 4) dw4x1(x, xOff, d, rows, gp, kp, p, j, dwt, acc);
            for (; p < d; p++) dw1x1(x, xOff, d, rows, gp, kp, p, j, dwt, acc);
        }
    }

    private static void dw4x4(float[] x, int xOff, int d, int rows, float[] gp, int kp, int p, int j, float[] dwt,
                             boolean acc) {
        final int L = S.length();
        int o0 = p * kp + j, o1 = o0 + kp, o2 = o1 + kp, o3 = o2 + kp;
        FloatVector c00 = init(acc, dwt, o0), c01 = init(acc, dwt, o0 + L);
        FloatVector c02 = init(acc, dwt, o0 + 2 * L), c03 = init(acc, dwt, o0 + 3 * L);
        FloatVector c10 = init(acc, dwt, o1), c11 = init(acc, dwt, o1 + L);
        FloatVector c12 = init(acc, dwt, o1 + 2 * L), c13 = init(acc, dwt, o1 + 3 * L);
        FloatVector c20 = init(acc, dwt, o2), c21 = init(acc, dwt, o2 + L);
        FloatVector c22 = init(acc, dwt, o2 + 2 * L), c23 = init(acc, dwt, o2 + 3 * L);
        FloatVector c30 = init(acc, dwt, o3), c31 = init(acc, dwt, o3 + L);
        FloatVector c32 = init(acc, dwt, o3 + 2 * L), c33 = init(acc, dwt, o3 + 3 * L);
        int g0o = j * rows, g1o = g0o + L * rows, g2o = g1o + L * rows, g3o = g2o + L * rows;
        for (int i = 0; i < rows; i++) {
            int xi = xOff + i * d + p;
            FloatVector g0 = FloatVector.fromArray(S, gp, g0o + i * L), g1 = FloatVector.fromArray(S, gp, g1o + i * L);
            FloatVector g2 = FloatVector.fromArray(S, gp, g2o + i * L), g3 = FloatVector.fromArray(S, gp, g3o + i * L);
            FloatVector x0 = FloatVector.broadcast(S, x[xi]);
            c00 = x0.fma(g0, c00); c01 = x0.fma(g1, c01); c02 = x0.fma(g2, c02); c03 = x0.fma(g3, c03);
            FloatVector x1 = FloatVector.broadcast(S, x[xi + 1]);
            c10 = x1.fma(g0, c10); c11 = x1.fma(g1, c11); c12 = x1.fma(g2, c12); c13 = x1.fma(g3, c13);
            FloatVector x2 = FloatVector.broadcast(S, x[xi + 2]);
            c20 = x2.fma(g0, c20); c21 = x2.fma(g1, c21); c22 = x2.fma(g2, c22); c23 = x2.fma(g3, c23);
            FloatVector x3 = FloatVector.broadcast(S, x[xi + 3]);
            c30 = x3.fma(g0, c30); c31 = x3.fma(g1, c31); c32 = x3.fma(g2, c32); c33 = x3.fma(g3, c33);
        }
        c00.intoArray(dwt, o0); c01.intoArray(dwt, o0 + L); c02.intoArray(dwt, o0 + 2 * L);
        c03.intoArray(dwt, o0 + 3 * L);
        c10.intoArray(dwt, o1); c11.intoArray(dwt, o1 + L); c12.intoArray(dwt, o1 + 2 * L);
        c13.intoArray(dwt, o1 + 3 * L);
        c20.intoArray(dwt, o2); c21.intoArray(dwt, o2 + L); c22.intoArray(dwt, o2 + 2 * L);
        c23.intoArray(dwt, o2 + 3 * L);
        c30.intoArray(dwt, o3); c31.intoArray(dwt, o3 + L); c32.intoArray(dwt, o3 + 2 * L);
        c33.intoArray(dwt, o3 + 3 * L);
    }

    private static void dw1x4(float[] x, int xOff, int d, int rows, float[] gp, int kp, int p, int j, float[] dwt,
                             boolean acc) {
        final int L = S.length();
        int o0 = p * kp + j;
        FloatVector c0 = init(acc, dwt, o0), c1 = init(acc, dwt, o0 + L);
        FloatVector c2 = init(acc, dwt, o0 + 2 * L), c3 = init(acc, dwt, o0 + 3 * L);
        int g0o = j * rows, g1o = g0o + L * rows, g2o = g1o + L * rows, g3o = g2o + L * rows;
        for (int i = 0; i < rows; i++) {
            FloatVector x0 = FloatVector.broadcast(S, x[xOff + i * d + p]);
            c0 = x0.fma(FloatVector.fromArray(S, gp, g0o + i * L), c0);
            c1 = x0.fma(FloatVector.fromArray(S, gp, g1o + i * L), c1);
            c2 = x0.fma(FloatVector.fromArray(S, gp, g2o + i * L), c2);
            c3 = x0.fma(FloatVector.fromArray(S, gp, g3o + i * L), c3);
        }
        c0.intoArray(dwt, o0); c1.intoArray(dwt, o0 + L); c2.intoArray(dwt, o0 + 2 * L); c3.intoArray(dwt, o0 + 3 * L);
    }

    private static void dw8x1(float[] x, int xOff, int d, int rows, float[] gp, int kp, int p, int j, float[] dwt,
                             boolean acc) {
        final int L = S.length();
        int o0 = p * kp + j;
        FloatVector c0 = init(acc, dwt, o0), c1 = init(acc, dwt, o0 + kp);
        FloatVector c2 = init(acc, dwt, o0 + 2 * kp), c3 = init(acc, dwt, o0 + 3 * kp);
        FloatVector c4 = init(acc, dwt, o0 + 4 * kp), c5 = init(acc, dwt, o0 + 5 * kp);
        FloatVector c6 = init(acc, dwt, o0 + 6 * kp), c7 = init(acc, dwt, o0 + 7 * kp);
        int go = j * rows;
        for (int i = 0; i < rows; i++) {
            int xi = xOff + i * d + p;
            FloatVector g0 = FloatVector.fromArray(S, gp, go + i * L);
            c0 = FloatVector.broadcast(S, x[xi]).fma(g0, c0);
            c1 = FloatVector.broadcast(S, x[xi + 1]).fma(g0, c1);
            c2 = FloatVector.broadcast(S, x[xi + 2]).fma(g0, c2);
            c3 = FloatVector.broadcast(S, x[xi + 3]).fma(g0, c3);
            c4 = FloatVector.broadcast(S, x[xi + 4]).fma(g0, c4);
            c5 = FloatVector.broadcast(S, x[xi + 5]).fma(g0, c5);
            c6 = FloatVector.broadcast(S, x[xi + 6]).fma(g0, c6);
            c7 = FloatVector.broadcast(S, x[xi + 7]).fma(g0, c7);
        }
        c0.intoArray(dwt, o0); c1.intoArray(dwt, o0 + kp);
        c2.intoArray(dwt, o0 + 2 * kp); c3.intoArray(dwt, o0 + 3 * kp);
        c4.intoArray(dwt, o0 + 4 * kp); c5.intoArray(dwt, o0 + 5 * kp);
        c6.intoArray(dwt, o0 + 6 * kp); c7.intoArray(dwt, o0 + 7 * kp);
    }

    private static void dw4x1(float[] x, int xOff, int d, int rows, float[] gp, int kp, int p, int j, float[] dwt,
                             boolean acc) {
        final int L = S.length();
        int o0 = p * kp + j;
        FloatVector c0 = init(acc, dwt, o0), c1 = init(acc, dwt, o0 + kp);
        FloatVector c2 = init(acc, dwt, o0 + 2 * kp), c3 = init(acc, dwt, o0 + 3 * kp);
        int go = j * rows;
        for (int i = 0; i < rows; i++) {
            int xi = xOff + i * d + p;
            FloatVector g0 = FloatVector.fromArray(S, gp, go + i * L);
            c0 = FloatVector.broadcast(S, x[xi]).fma(g0, c0);
            c1 = FloatVector.broadcast(S, x[xi + 1]).fma(g0, c1);
            c2 = FloatVector.broadcast(S, x[xi + 2]).fma(g0, c2);
            c3 = FloatVector.broadcast(S, x[xi + 3]).fma(g0, c3);
        }
        c0.intoArray(dwt, o0); c1.intoArray(dwt, o0 + kp);
        c2.intoArray(dwt, o0 + 2 * kp); c3.intoArray(dwt, o0 + 3 * kp);
    }

    private static void dw1x1(float[] x, int xOff, int d, int rows, float[] gp, int kp, int p, int j, float[] dwt,
                             boolean acc) {
        final int L = S.length();
        FloatVector c0 = init(acc, dwt, p * kp + j);
        int go = j * rows;
        for (int i = 0; i < rows; i++)
            c0 = FloatVector.broadcast(S, x[xOff + i * d + p]).fma(FloatVector.fromArray(S, gp, go + i * L), c0);
        c0.intoArray(dwt, p * kp + j);
    }

    // ---------------------------------------------------------------- backward: dW = G^T X straight into grad

    @Override
    void packX(float[] x, int xOff, int rows, int d, float[] xp, int xpOff, int i1, int i2) {
        final int L = S.length();
        // chunks of 4 vectors of inputs, each packed rows x 4L, so the dW tiles' loads move by a constant stride.
        // Row by row, each row read from start to end: one stream for the prefetchers. Strip by strip (rows d floats
        // apart), the first of two parts to pack a chunk of X took 16% longer than the second, which found X in L2
        // (d=256 k=256 batch 4096, Zen 4); on two threads both parts pay that. Two-thread steps: 1.05-1.10x (JMH)
        int top = d - 4 * L;
        for (int i = i1; i < i2; i++) {
            int src = xOff + i * d, dst = xpOff + i * (4 * L);
            for (int p = 0; p <= top; p += 4 * L, src += 4 * L, dst += 4 * L * rows) {
                FloatVector.fromArray(S, x, src).intoArray(xp, dst);
                FloatVector.fromArray(S, x, src + L).intoArray(xp, dst + L);
                FloatVector.fromArray(S, x, src + 2 * L).intoArray(xp, dst + 2 * L);
                FloatVector.fromArray(S, x, src + 3 * L).intoArray(xp, dst + 3 * L);
            }
        }
    }

    @Override
    void weightGradDirect(float[] x, int xOff, int rows, int d, float[] gp, int k, float[] xp, int xpOff,
                          float[] grad, int offW, int j1, int j2, boolean acc, float[] upd, boolean keep, float lr,
                          float[] tile) {
        final int L = S.length();
        // W's step (upd) reads each tile's dW back while L1 holds it: from the gradient, or without keep from the
        // scratch tile (dW is then never stored in the gradient). Stepped inside the tiles, 5 more vector calls per
        // accumulator took them past C2's inlining budget: they ran as plain Java and allocated (AllocationTest)
        boolean scratch = upd != null && !keep;
        float[] out = scratch ? tile : grad;
        int os = scratch ? 4 * L : d;
        // blocks of rows whose packed X (4L a row) stays in L1 while every tile of a block of units passes; the sums
        // go through the scratch's partial dW between blocks (the same FMA chains). Standalone at d=256 k=1024
        // (VectorPhaseTiming), the tiles ran 150-155 GFLOP/s over 64 or 128 rows but 132-138 over 192-256 rows, and
        // 146-157 over 256-1024 rows with the blocks (blocks of 64 or 96 rows: 141-149)
        int blocks = (rows + DW_ROWS - 1) / DW_ROWS, rb = (rows + blocks - 1) / blocks, part = TILE_FLOATS;
        int p = 0, jEnd = Math.min(j2, k);
        for (; p + 4 * L <= d; p += 4 * L) {
            int xo = xpOff + p * rows;
            for (int jb = j1; jb < jEnd; jb += DW_UNITS) {
                int jbEnd = Math.min(jEnd, jb + DW_UNITS);
                for (int i0 = 0; i0 < rows; i0 += rb) {
                    int n = Math.min(rb, rows - i0);
                    boolean first = i0 == 0, last = i0 + n == rows;
                    // G's panels of L hidden units; tiles of 6 or 4 units never cross a panel
                    for (int j0 = jb; j0 < jbEnd; j0 += L) {
                        int go = j0 * rows + i0 * L, units = Math.min(L, jbEnd - j0);
                        // tiles of 6 units, then 4, then 1 (one call site each: stepTile inlined three times took
                        // this method past C2's inlining budget, and the masked tiles below ran as plain Java); 8 or 9
                        // units take two tiles of 4, not 6 and two or three of 1, whose 4 FMA chains wait on the FMA
                        // latency
                        for (int u = 0, t; u < units; u += t) {
                            int r = units - u;
                            t = r >= 6 && r != 8 && r != 9 ? 6 : r >= 4 ? 4 : 1;
                            int o = offW + (j0 + u) * d + p, po = part + (j0 + u - jb) * 4 * L;
                            float[] in = first ? grad : tile, dst = last ? out : tile;
                            int io = first ? o : po, is = first ? d : 4 * L;
                            int oo = !last ? po : scratch ? 0 : o, ss = last ? os : 4 * L;
                            boolean a = !first || acc;
                            if (t == 6) dd6x4(xp, xo + i0 * 4 * L, n, gp, go + u, in, io, is, a, dst, oo, ss);
                            else if (t == 4) dd4x4(xp, xo + i0 * 4 * L, n, gp, go + u, in, io, is, a, dst, oo, ss);
                            else dd1x4(xp, xo + i0 * 4 * L, n, gp, go + u, in, io, is, a, dst, oo, ss);
                            if (last && upd != null) stepTile(upd, o, d, dst, oo, ss, t, 4 * L, lr);
                        }
                    }
                }
            }
        }
        // its own method, to keep weightGradDirect within C2's inlining budget with the 8-unit tiles in the tail (past
        // it, tiles run their vectors as plain Java and allocate: AllocationTest)
        weightGradDirectTail(x, xOff, rows, d, p, gp, grad, offW, j1, jEnd, acc, upd, keep, lr, tile);
    }

    @Override
    void weightGradUnpacked(float[] x, int xOff, int rows, int d, float[] gp, int k, float[] grad, int offW, int j1,
                            int j2, boolean acc, float[] upd, boolean keep, float lr, float[] tile) {
        weightGradDirectTail(x, xOff, rows, d, 0, gp, grad, offW, j1, Math.min(j2, k), acc, upd, keep, lr, tile);
    }

    /** weightGradDirect's vectors of inputs from p on (fewer than 4 vectors left, the last maybe partial). */
    private static void weightGradDirectTail(float[] x, int xOff, int rows, int d, int p, float[] gp, float[] grad,
                                             int offW, int j1, int jEnd, boolean acc, float[] upd, boolean keep,
                                             float lr, float[] tile) {
        final int L = S.length();
        for (int step; p < d; p += step) {
            // two whole vectors at a time where d has them: each X line then feeds 8 FMAs instead of 4
            boolean two = p + 2 * L <= d;
            step = two ? 2 * L : L;
            boolean whole = p + L <= d;
            for (int j0 = j1; j0 < jEnd; j0 += L) {
                int go = j0 * rows, units = Math.min(L, jEnd - j0), u = 0;
                // 8 units: 8 independent FMA chains keep both FMA units busy (4 waited on the FMA latency: d=16 k=8
                // batch 32, dW took a fifth of the step); one vector takes W's step from its registers. Over two
                // vectors (16 chains), d=1024 k=8 batch 32's dW took 0.67-0.80x the time of one vector a call (Zen 4
                // EPYC, in-JVM)
                if (whole)
                    for (; u + 8 <= units; u += 8) {
                        if (two) {
                            // dW through the aligned scratch tile when only W's step needs it: from the gradient
                            // (rows of d = 1024 floats, 4 KiB apart, as W's), the step took 14% of d=1024 k=8 batch
                            // 32's step (Zen 4)
                            int o = offW + (j0 + u) * d + p;
                            boolean scratch = upd != null && !keep;
                            float[] out = scratch ? tile : grad;
                            int oo = scratch ? VectorWorkspace.ALIGN : o, os = scratch ? 2 * L : d;
                            dd8x2(x, xOff, d, rows, gp, go + u, p, grad, o, acc, out, oo, os);
                            if (upd != null) stepTile(upd, o, d, out, oo, os, 8, 2 * L, lr);
                        } else dd8x1(x, xOff, d, rows, gp, go + u, j0 + u, p, grad, offW, acc, upd, keep, lr);
                    }
                int stepped = u;
                for (int q = p; q < p + step && q < d; q += L) {
                    int lanes = Math.min(L, d - q); // the last vector may be partial: masked loads and stores
                    for (u = stepped; u + 4 <= units; u += 4)
                        dd4x1(x, xOff, d, rows, gp, go + u, j0 + u, q, lanes, grad, offW, acc);
                    for (; u < units; u++) dd1x1(x, xOff, d, rows, gp, go + u, j0 + u, q, lanes, grad, offW, acc);
                    // the masked tiles always store dW, and W's step reads it back. With the step in the masked
                    // tiles, C2 no longer compiled them (AllocationTest, d=70 k=40 on two threads: they ran as plain
                    // Java and allocated)
                    if (upd != null)
                        for (int j = j0 + stepped, o = offW + j * d + q; j < j0 + units; j++, o += d)
                            Kernel.sgdUpdate(upd, grad, o, o + lanes, lr);
                }
            }
        }
    }

    /**
     * W's step for a finished tile of dW ({@code units} rows of {@code width} floats, whole vectors, from W's offset o,
     * rows d apart), read from src (from so, rows ss apart): {@code W - lr dW}, as {@link Kernel#sgdUpdate} computes it
     * (bitwise).
     */
    private static void stepTile(float[] upd, int o, int d, float[] src, int so, int ss, int units, int width,
                                 float lr) {
        final int L = S.length();
        for (int u = 0; u < units; u++, o += d, so += ss)
            for (int v = 0; v < width; v += L)
                FloatVector.fromArray(S, upd, o + v).sub(FloatVector.fromArray(S, src, so + v).mul(lr))
                        .intoArray(upd, o + v);
    }

    private static void dd6x4(float[] xp, int xo, int rows, float[] gp, int go, float[] in, int io, int is,
                              boolean acc, float[] out, int oo, int os) {
        final int L = S.length();
        int o0 = io, o1 = o0 + is, o2 = o1 + is, o3 = o2 + is, o4 = o3 + is, o5 = o4 + is;
        FloatVector c00 = init(acc, in, o0), c01 = init(acc, in, o0 + L);
        FloatVector c02 = init(acc, in, o0 + 2 * L), c03 = init(acc, in, o0 + 3 * L);
        FloatVector c10 = init(acc, in, o1), c11 = init(acc, in, o1 + L);
        FloatVector c12 = init(acc, in, o1 + 2 * L), c13 = init(acc, in, o1 + 3 * L);
        FloatVector c20 = init(acc, in, o2), c21 = init(acc, in, o2 + L);
        FloatVector c22 = init(acc, in, o2 + 2 * L), c23 = init(acc, in, o2 + 3 * L);
        FloatVector c30 = init(acc, in, o3), c31 = init(acc, in, o3 + L);
        FloatVector c32 = init(acc, in, o3 + 2 * L), c33 = init(acc, in, o3 + 3 * L);
        FloatVector c40 = init(acc, in, o4), c41 = init(acc, in, o4 + L);
        FloatVector c42 = init(acc, in, o4 + 2 * L), c43 = init(acc, in, o4 + 3 * L);
        FloatVector c50 = init(acc, in, o5), c51 = init(acc, in, o5 + L);
        FloatVector c52 = init(acc, in, o5 + 2 * L), c53 = init(acc, in, o5 + 3 * L);
        for (int i = 0; i < rows; i++) {
            int gi = go + i * L, xi = xo + i * (4 * L);
            FloatVector x0 = FloatVector.fromArray(S, xp, xi), x1 = FloatVector.fromArray(S, xp, xi + L);
            FloatVector x2 = FloatVector.fromArray(S, xp, xi + 2 * L), x3 = FloatVector.fromArray(S, xp, xi + 3 * L);
            FloatVector g0 = FloatVector.broadcast(S, gp[gi]);
            c00 = g0.fma(x0, c00); c01 = g0.fma(x1, c01); c02 = g0.fma(x2, c02); c03 = g0.fma(x3, c03);
            FloatVector g1 = FloatVector.broadcast(S, gp[gi + 1]);
            c10 = g1.fma(x0, c10); c11 = g1.fma(x1, c11); c12 = g1.fma(x2, c12); c13 = g1.fma(x3, c13);
            FloatVector g2 = FloatVector.broadcast(S, gp[gi + 2]);
            c20 = g2.fma(x0, c20); c21 = g2.fma(x1, c21); c22 = g2.fma(x2, c22); c23 = g2.fma(x3, c23);
            FloatVector g3 = FloatVector.broadcast(S, gp[gi + 3]);
            c30 = g3.fma(x0, c30); c31 = g3.fma(x1, c31); c32 = g3.fma(x2, c32); c33 = g3.fma(x3, c33);
            FloatVector g4 = FloatVector.broadcast(S, gp[gi + 4]);
            c40 = g4.fma(x0, c40); c41 = g4.fma(x1, c41); c42 = g4.fma(x2, c42); c43 = g4.fma(x3, c43);
            FloatVector g5 = FloatVector.broadcast(S, gp[gi + 5]);
            c50 = g5.fma(x0, c50); c51 = g5.fma(x1, c51); c52 = g5.fma(x2, c52); c53 = g5.fma(x3, c53);
        }
        c00.intoArray(out, oo); c01.intoArray(out, oo + L);
        c02.intoArray(out, oo + 2 * L); c03.intoArray(out, oo + 3 * L);
        c10.intoArray(out, oo + os); c11.intoArray(out, oo + os + L);
        c12.intoArray(out, oo + os + 2 * L); c13.intoArray(out, oo + os + 3 * L);
        c20.intoArray(out, oo + 2 * os); c21.intoArray(out, oo + 2 * os + L);
        c22.intoArray(out, oo + 2 * os + 2 * L); c23.intoArray(out, oo + 2 * os + 3 * L);
        c30.intoArray(out, oo + 3 * os); c31.intoArray(out, oo + 3 * os + L);
        c32.intoArray(out, oo + 3 * os + 2 * L); c33.intoArray(out, oo + 3 * os + 3 * L);
        c40.intoArray(out, oo + 4 * os); c41.intoArray(out, oo + 4 * os + L);
        c42.intoArray(out, oo + 4 * os + 2 * L); c43.intoArray(out, oo + 4 * os + 3 * L);
        c50.intoArray(out, oo + 5 * os); c51.intoArray(out, oo + 5 * os + L);
        c52.intoArray(out, oo + 5 * os + 2 * L); c53.intoArray(out, oo + 5 * os + 3 * L);
    }

    private static void dd4x4(float[] xp, int xo, int rows, float[] gp, int go, float[] in, int io, int is,
                              boolean acc, float[] out, int oo, int os) {
        final int L = S.length();
        int o0 = io, o1 = o0 + is, o2 = o1 + is, o3 = o2 + is;
        FloatVector c00 = init(acc, in, o0), c01 = init(acc, in, o0 + L);
        FloatVector c02 = init(acc, in, o0 + 2 * L), c03 = init(acc, in, o0 + 3 * L);
        FloatVector c10 = init(acc, in, o1), c11 = init(acc, in, o1 + L);
        FloatVector c12 = init(acc, in, o1 + 2 * L), c13 = init(acc, in, o1 + 3 * L);
        FloatVector c20 = init(acc, in, o2), c21 = init(acc, in, o2 + L);
        FloatVector c22 = init(acc, in, o2 + 2 * L), c23 = init(acc, in, o2 + 3 * L);
        FloatVector c30 = init(acc, in, o3), c31 = init(acc, in, o3 + L);
        FloatVector c32 = init(acc, in, o3 + 2 * L), c33 = init(acc, in, o3 + 3 * L);
        for (int i = 0; i < rows; i++) {
            int gi = go + i * L, xi = xo + i * (4 * L);
            FloatVector x0 = FloatVector.fromArray(S, xp, xi), x1 = FloatVector.fromArray(S, xp, xi + L);
            FloatVector x2 = FloatVector.fromArray(S, xp, xi + 2 * L), x3 = FloatVector.fromArray(S, xp, xi + 3 * L);
            FloatVector g0 = FloatVector.broadcast(S, gp[gi]);
            c00 = g0.fma(x0, c00); c01 = g0.fma(x1, c01); c02 = g0.fma(x2, c02); c03 = g0.fma(x3, c03);
            FloatVector g1 = FloatVector.broadcast(S, gp[gi + 1]);
            c10 = g1.fma(x0, c10); c11 = g1.fma(x1, c11); c12 = g1.fma(x2, c12); c13 = g1.fma(x3, c13);
            FloatVector g2 = FloatVector.broadcast(S, gp[gi + 2]);
            c20 = g2.fma(x0, c20); c21 = g2.fma(x1, c21); c22 = g2.fma(x2, c22); c23 = g2.fma(x3, c23);
            FloatVector g3 = FloatVector.broadcast(S, gp[gi + 3]);
            c30 = g3.fma(x0, c30); c31 = g3.fma(x1, c31); c32 = g3.fma(x2, c32); c33 = g3.fma(x3, c33);
        }
        c00.intoArray(out, oo); c01.intoArray(out, oo + L);
        c02.intoArray(out, oo + 2 * L); c03.intoArray(out, oo + 3 * L);
        c10.intoArray(out, oo + os); c11.intoArray(out, oo + os + L);
        c12.intoArray(out, oo + os + 2 * L); c13.intoArray(out, oo + os + 3 * L);
        c20.intoArray(out, oo + 2 * os); c21.intoArray(out, oo + 2 * os + L);
        c22.intoArray(out, oo + 2 * os + 2 * L); c23.intoArray(out, oo + 2 * os + 3 * L);
        c30.intoArray(out, oo + 3 * os); c31.intoArray(out, oo + 3 * os + L);
        c32.intoArray(out, oo + 3 * os + 2 * L); c33.intoArray(out, oo + 3 * os + 3 * L);
    }

    private static void dd1x4(float[] xp, int xo, int rows, float[] gp, int go, float[] in, int io, int is,
                              boolean acc, float[] out, int oo, int os) {
        final int L = S.length();
        int o0 = io, s0 = oo;
        FloatVector c00 = init(acc, in, o0), c01 = init(acc, in, o0 + L);
        FloatVector c02 = init(acc, in, o0 + 2 * L), c03 = init(acc, in, o0 + 3 * L);
        for (int i = 0; i < rows; i++) {
            int gi = go + i * L, xi = xo + i * (4 * L);
            FloatVector x0 = FloatVector.fromArray(S, xp, xi), x1 = FloatVector.fromArray(S, xp, xi + L);
            FloatVector x2 = FloatVector.fromArray(S, xp, xi + 2 * L), x3 = FloatVector.fromArray(S, xp, xi + 3 * L);
            FloatVector g0 = FloatVector.broadcast(S, gp[gi]);
            c00 = g0.fma(x0, c00); c01 = g0.fma(x1, c01); c02 = g0.fma(x2, c02); c03 = g0.fma(x3, c03);
        }
        c00.intoArray(out, s0); c01.intoArray(out, s0 + L);
        c02.intoArray(out, s0 + 2 * L); c03.intoArray(out, s0 + 3 * L);
    }

    /**
     * dd4x1 for 8 units of whole vectors (lanes = L: plain loads and stores, which keep C1 within its registers), with
     * W's step ({@code upd}) from the registers: {@code W - lr dW}, as {@link Kernel#sgdUpdate} computes it. dW is
     * stored unless stepped and not kept. Stored, then read back by sgdUpdate, it cost d=16 k=8 batch 32 about a tenth
     * of its step.
     */
    private static void dd8x1(float[] x, int xOff, int d, int rows, float[] gp, int go, int j, int p, float[] grad,
                              int offW, boolean acc, float[] upd, boolean keep, float lr) {
        final int L = S.length();
        int o0 = offW + j * d + p;
        FloatVector zero = FloatVector.zero(S);
        FloatVector c0 = acc ? FloatVector.fromArray(S, grad, o0) : zero;
        FloatVector c1 = acc ? FloatVector.fromArray(S, grad, o0 + d) : zero;
        FloatVector c2 = acc ? FloatVector.fromArray(S, grad, o0 + 2 * d) : zero;
        FloatVector c3 = acc ? FloatVector.fromArray(S, grad, o0 + 3 * d) : zero;
        FloatVector c4 = acc ? FloatVector.fromArray(S, grad, o0 + 4 * d) : zero;
        FloatVector c5 = acc ? FloatVector.fromArray(S, grad, o0 + 5 * d) : zero;
        FloatVector c6 = acc ? FloatVector.fromArray(S, grad, o0 + 6 * d) : zero;
        FloatVector c7 = acc ? FloatVector.fromArray(S, grad, o0 + 7 * d) : zero;
        for (int i = 0; i < rows; i++) {
            int gi = go + i * L;
            FloatVector x0 = FloatVector.fromArray(S, x, xOff + i * d + p);
            c0 = FloatVector.broadcast(S, gp[gi]).fma(x0, c0);
            c1 = FloatVector.broadcast(S, gp[gi + 1]).fma(x0, c1);
            c2 = FloatVector.broadcast(S, gp[gi + 2]).fma(x0, c2);
            c3 = FloatVector.broadcast(S, gp[gi + 3]).fma(x0, c3);
            c4 = FloatVector.broadcast(S, gp[gi + 4]).fma(x0, c4);
            c5 = FloatVector.broadcast(S, gp[gi + 5]).fma(x0, c5);
            c6 = FloatVector.broadcast(S, gp[gi + 6]).fma(x0, c6);
            c7 = FloatVector.broadcast(S, gp[gi + 7]).fma(x0, c7);
        }
        if (upd == null || keep) {
            c0.intoArray(grad, o0); c1.intoArray(grad, o0 + d); c2.intoArray(grad, o0 + 2 * d);
            c3.intoArray(grad, o0 + 3 * d); c4.intoArray(grad, o0 + 4 * d); c5.intoArray(grad, o0 + 5 * d);
            c6.intoArray(grad, o0 + 6 * d); c7.intoArray(grad, o0 + 7 * d);
        }
        if (upd != null) {
            FloatVector.fromArray(S, upd, o0).sub(c0.mul(lr)).intoArray(upd, o0);
            FloatVector.fromArray(S, upd, o0 + d).sub(c1.mul(lr)).intoArray(upd, o0 + d);
            FloatVector.fromArray(S, upd, o0 + 2 * d).sub(c2.mul(lr)).intoArray(upd, o0 + 2 * d);
            FloatVector.fromArray(S, upd, o0 + 3 * d).sub(c3.mul(lr)).intoArray(upd, o0 + 3 * d);
            FloatVector.fromArray(S, upd, o0 + 4 * d).sub(c4.mul(lr)).intoArray(upd, o0 + 4 * d);
            FloatVector.fromArray(S, upd, o0 + 5 * d).sub(c5.mul(lr)).intoArray(upd, o0 + 5 * d);
            FloatVector.fromArray(S, upd, o0 + 6 * d).sub(c6.mul(lr)).intoArray(upd, o0 + 6 * d);
            FloatVector.fromArray(S, upd, o0 + 7 * d).sub(c7.mul(lr)).intoArray(upd, o0 + 7 * d);
        }
    }

    /**
     * dd8x1 over two whole vectors of inputs (p and p + L): 16 chains, one X line per 8 FMAs. Sums from W's offset o
     * in grad (rows d apart) when {@code acc}; dW stored to out (from oo, rows os apart), and W's step reads it back
     * ({@link #stepTile}): with the step in here as well, the loop's vectors were boxed in one JMH fork (8.4 MB a step
     * at d=256 k=8 batch 4096, before the dot tiles), C2's inlining budget spent.
     */
    private static void dd8x2(float[] x, int xOff, int d, int rows, float[] gp, int go, int p, float[] grad, int o,
                              boolean acc, float[] out, int oo, int os) {
        final int L = S.length();
        // offsets written where they are used, none held across the loop: with 16 of them held (o0..o7, s0..s7) the
        // dW and step of d=1024 k=8 batch 32 took 6.9 us instead of 6.1 (in-JVM, Zen 4), and whole steps at d=256 and
        // 1024, k=8, batch 32 and 256, 1.04-1.09x the time (JMH)
        FloatVector zero = FloatVector.zero(S);
        FloatVector c0 = acc ? FloatVector.fromArray(S, grad, o) : zero;
        FloatVector c1 = acc ? FloatVector.fromArray(S, grad, o + d) : zero;
        FloatVector c2 = acc ? FloatVector.fromArray(S, grad, o + 2 * d) : zero;
        FloatVector c3 = acc ? FloatVector.fromArray(S, grad, o + 3 * d) : zero;
        FloatVector c4 = acc ? FloatVector.fromArray(S, grad, o + 4 * d) : zero;
        FloatVector c5 = acc ? FloatVector.fromArray(S, grad, o + 5 * d) : zero;
        FloatVector c6 = acc ? FloatVector.fromArray(S, grad, o + 6 * d) : zero;
        FloatVector c7 = acc ? FloatVector.fromArray(S, grad, o + 7 * d) : zero;
        FloatVector e0 = acc ? FloatVector.fromArray(S, grad, o + L) : zero;
        FloatVector e1 = acc ? FloatVector.fromArray(S, grad, o + d + L) : zero;
        FloatVector e2 = acc ? FloatVector.fromArray(S, grad, o + 2 * d + L) : zero;
        FloatVector e3 = acc ? FloatVector.fromArray(S, grad, o + 3 * d + L) : zero;
        FloatVector e4 = acc ? FloatVector.fromArray(S, grad, o + 4 * d + L) : zero;
        FloatVector e5 = acc ? FloatVector.fromArray(S, grad, o + 5 * d + L) : zero;
        FloatVector e6 = acc ? FloatVector.fromArray(S, grad, o + 6 * d + L) : zero;
        FloatVector e7 = acc ? FloatVector.fromArray(S, grad, o + 7 * d + L) : zero;
        for (int i = 0; i < rows; i++) {
            int gi = go + i * L, xi = xOff + i * d + p;
            FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L), g;
            g = FloatVector.broadcast(S, gp[gi]); c0 = g.fma(x0, c0); e0 = g.fma(x1, e0);
            g = FloatVector.broadcast(S, gp[gi + 1]); c1 = g.fma(x0, c1); e1 = g.fma(x1, e1);
            g = FloatVector.broadcast(S, gp[gi + 2]); c2 = g.fma(x0, c2); e2 = g.fma(x1, e2);
            g = FloatVector.broadcast(S, gp[gi + 3]); c3 = g.fma(x0, c3); e3 = g.fma(x1, e3);
            g = FloatVector.broadcast(S, gp[gi + 4]); c4 = g.fma(x0, c4); e4 = g.fma(x1, e4);
            g = FloatVector.broadcast(S, gp[gi + 5]); c5 = g.fma(x0, c5); e5 = g.fma(x1, e5);
            g = FloatVector.broadcast(S, gp[gi + 6]); c6 = g.fma(x0, c6); e6 = g.fma(x1, e6);
            g = FloatVector.broadcast(S, gp[gi + 7]); c7 = g.fma(x0, c7); e7 = g.fma(x1, e7);
        }
        c0.intoArray(out, oo); c1.intoArray(out, oo + os); c2.intoArray(out, oo + 2 * os);
        c3.intoArray(out, oo + 3 * os); c4.intoArray(out, oo + 4 * os); c5.intoArray(out, oo + 5 * os);
        c6.intoArray(out, oo + 6 * os); c7.intoArray(out, oo + 7 * os);
        e0.intoArray(out, oo + L); e1.intoArray(out, oo + os + L); e2.intoArray(out, oo + 2 * os + L);
        e3.intoArray(out, oo + 3 * os + L); e4.intoArray(out, oo + 4 * os + L); e5.intoArray(out, oo + 5 * os + L);
        e6.intoArray(out, oo + 6 * os + L); e7.intoArray(out, oo + 7 * os + L);
    }

    /**
     * Lanes a row's partial last vector of {@code lanes} inputs (d >= L) is moved up by, to be taken as the row's last
     * L inputs: every load and store of it then lies inside the arrays, the lanes below the shift (inputs the whole
     * vectors took) masked off. A masked access that reached past an array's end took the Vector API's checked path,
     * which C2 compiled out of line where it ran once a call: at d=500 k=6 batch 32, where X's last row ends the array,
     * two thirds of a step's profile samples were in it (13 us a step against 8.3 at d=496; in-JVM, Zen 4). The dot
     * form's 1-4 row loop (weightGradFewRows) still masks its tails at the row's own offset: moved up there, they
     * showed no gain in JMH (d=100 k=64 batch 1 read 0.87-0.89x against stop 47's kernel with and without them); its
     * chunked loop takes them moved up (weightGradRowsWhole).
     */
    private static int tailShift(int lanes, int d) {
        final int L = S.length();
        return lanes == L || d < L ? 0 : L - lanes;
    }

    /**
     * Mask bits of a row's vector of {@code lanes} inputs moved up by {@code shift} (see tailShift): lanes [shift, L),
     * or without a shift lanes [0, lanes). Bits, not a mask: a mask returned by a helper, or merged from two values,
     * C2 boxed.
     */
    private static long tailBits(int lanes, int shift) {
        return shift == 0 ? (1L << lanes) - 1 : ((1L << S.length()) - 1) & (-1L << shift);
    }

    private static void dd4x1(float[] x, int xOff, int d, int rows, float[] gp, int go, int j, int p, int lanes,
                              float[] grad, int offW, boolean acc) {
        final int L = S.length();
        int shift = tailShift(lanes, d);
        VectorMask<Float> mk = VectorMask.fromLong(S, tailBits(lanes, shift));
        p -= shift;
        int o0 = offW + j * d + p;
        FloatVector c0 = init(acc, grad, o0, mk), c1 = init(acc, grad, o0 + d, mk);
        FloatVector c2 = init(acc, grad, o0 + 2 * d, mk), c3 = init(acc, grad, o0 + 3 * d, mk);
        for (int i = 0; i < rows; i++) {
            int gi = go + i * L;
            FloatVector x0 = FloatVector.fromArray(S, x, xOff + i * d + p, mk);
            c0 = FloatVector.broadcast(S, gp[gi]).fma(x0, c0);
            c1 = FloatVector.broadcast(S, gp[gi + 1]).fma(x0, c1);
            c2 = FloatVector.broadcast(S, gp[gi + 2]).fma(x0, c2);
            c3 = FloatVector.broadcast(S, gp[gi + 3]).fma(x0, c3);
        }
        c0.intoArray(grad, o0, mk); c1.intoArray(grad, o0 + d, mk);
        c2.intoArray(grad, o0 + 2 * d, mk); c3.intoArray(grad, o0 + 3 * d, mk);
    }

    private static void dd1x1(float[] x, int xOff, int d, int rows, float[] gp, int go, int j, int p, int lanes,
                              float[] grad, int offW, boolean acc) {
        final int L = S.length();
        int shift = tailShift(lanes, d);
        VectorMask<Float> mk = VectorMask.fromLong(S, tailBits(lanes, shift));
        p -= shift;
        FloatVector c0 = init(acc, grad, offW + j * d + p, mk);
        for (int i = 0; i < rows; i++)
            c0 = FloatVector.broadcast(S, gp[go + i * L]).fma(FloatVector.fromArray(S, x, xOff + i * d + p, mk), c0);
        c0.intoArray(grad, offW + j * d + p, mk);
    }

    // ---------------------------------------------------------------- backward for a few rows: dW row by row

    /**
     * Unit by unit, vectors over the inputs, each dW vector summed over the rows in a register (the tiles' operations
     * and order: from 0, one FMA a row) and stored once; with {@code upd} the step taken from the same register, so
     * neither dW nor W is read back. For the dot form's calls, whose G is a row or a few: the tiles of
     * {@link #weightGradDirect} need packed X, and a separate step pass reads W and dW again.
     */
    @Override
    void weightGradRows(float[] x, int xOff, int rows, int d, float[] gp, int k, float[] grad, int offW, int j1,
                        int j2, boolean acc, float[] upd, boolean keep, float lr, int align, int[] units) {
        final int L = S.length();
        int full = d - d % L, jEnd = Math.min(j2, k);
        boolean store = upd == null || keep;
        if (rows == 1 && !acc && full == d) {
            weightGradRow(x, xOff, d, gp, j1, jEnd, offW + j1 * d, offW + jEnd * d, store ? grad : null, upd, lr,
                    align, units);
            return;
        }
        if (rows == 1 && !acc && d > L) {
            weightGradRowTail(x, xOff, d, gp, j1, jEnd, offW + j1 * d, store ? grad : null, upd, lr, units);
            return;
        }
        if (rows >= 1 && rows <= 4 && !acc) {
            weightGradFewRows(x, xOff, rows, d, gp, j1, jEnd, offW, store ? grad : null, upd, lr);
            return;
        }
        if (d < L) throw new IllegalArgumentException("d=" + d + " < " + L + " lanes: not the dot form's rows");
        weightGradRowsWhole(x, xOff, rows, d, gp, j1, jEnd, offW, acc, grad, store, upd, lr);
    }

    /**
     * weightGradRows' loop for d >= L, by whole vectors: a partial last vector (d not a multiple of L) taken as the
     * row's last L inputs, every access whole. Masked, the loads of x sat in the loop over the rows with dW carried
     * round it, the pattern that boxed columnsHidden's sums. The shifted vector's lanes below the last whole vector's
     * end get the operands that vector gets (its grad and upd loaded before any store of the row), so the same bits,
     * stored twice. {@code store} false: dW not stored; {@code upd} null: no step.
     */
    private static void weightGradRowsWhole(float[] x, int xOff, int rows, int d, float[] gp, int j1, int j2,
                                            int offW, boolean acc, float[] grad, boolean store, float[] upd,
                                            float lr) {
        final int L = S.length();
        int full = d - d % L, q = d - L;
        boolean shift = full < d;
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        for (int j = j1; j < j2; j++) {
            int go = (j - j % L) * rows + j % L, o = offW + j * d;
            FloatVector dt = zero, wt = zero;
            if (shift) {
                if (acc) dt = FloatVector.fromArray(S, grad, o + q);
                if (upd != null) wt = FloatVector.fromArray(S, upd, o + q);
                for (int i = 0; i < rows; i++)
                    dt = FloatVector.broadcast(S, gp[go + i * L]).fma(FloatVector.fromArray(S, x, xOff + i * d + q),
                            dt);
            }
            for (int p = 0; p < full; p += L) {
                FloatVector dw = acc ? FloatVector.fromArray(S, grad, o + p) : zero;
                for (int i = 0; i < rows; i++)
                    dw = FloatVector.broadcast(S, gp[go + i * L]).fma(FloatVector.fromArray(S, x, xOff + i * d + p),
                            dw);
                if (store) dw.intoArray(grad, o + p);
                if (upd != null) FloatVector.fromArray(S, upd, o + p).sub(dw.mul(lrv)).intoArray(upd, o + p);
            }
            if (shift && store) dt.intoArray(grad, o + q);
            if (shift && upd != null) wt.sub(dt.mul(lrv)).intoArray(upd, o + q);
        }
    }

    /**
     * weightGradRows' loop for 1 to 4 rows from zero, the rows written out and each unit's g broadcast once a unit:
     * the loop's inner loop over the rows, of 2 to 4 trips, cost C2's loop set-up for every vector of W. The same
     * FMAs in the same order, so the same bits. {@code grad} null: dW not stored; {@code upd} null: no step.
     */
    private static void weightGradFewRows(float[] x, int xOff, int rows, int d, float[] gp, int j1, int j2,
                                          int offW, float[] grad, float[] upd, float lr) {
        final int L = S.length();
        int full = d - d % L;
        int x1 = xOff + (rows > 1 ? d : 0), x2 = xOff + (rows > 2 ? 2 * d : 0), x3 = xOff + (rows > 3 ? 3 * d : 0);
        VectorMask<Float> tail = VectorMask.fromLong(S, (1L << (d - full)) - 1);
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        for (int j = j1; j < j2; j++) {
            int go = (j - j % L) * rows + j % L, o = offW + j * d;
            FloatVector g0 = FloatVector.broadcast(S, gp[go]);
            FloatVector g1 = rows > 1 ? FloatVector.broadcast(S, gp[go + L]) : zero;
            FloatVector g2 = rows > 2 ? FloatVector.broadcast(S, gp[go + 2 * L]) : zero;
            FloatVector g3 = rows > 3 ? FloatVector.broadcast(S, gp[go + 3 * L]) : zero;
            for (int p = 0; p < full; p += L) {
                FloatVector dw = g0.fma(FloatVector.fromArray(S, x, xOff + p), zero);
                if (rows > 1) dw = g1.fma(FloatVector.fromArray(S, x, x1 + p), dw);
                if (rows > 2) dw = g2.fma(FloatVector.fromArray(S, x, x2 + p), dw);
                if (rows > 3) dw = g3.fma(FloatVector.fromArray(S, x, x3 + p), dw);
                if (grad != null) dw.intoArray(grad, o + p);
                if (upd != null) FloatVector.fromArray(S, upd, o + p).sub(dw.mul(lrv)).intoArray(upd, o + p);
            }
            if (full < d) {
                FloatVector dw = g0.fma(FloatVector.fromArray(S, x, xOff + full, tail), zero);
                if (rows > 1) dw = g1.fma(FloatVector.fromArray(S, x, x1 + full, tail), dw);
                if (rows > 2) dw = g2.fma(FloatVector.fromArray(S, x, x2 + full, tail), dw);
                if (rows > 3) dw = g3.fma(FloatVector.fromArray(S, x, x3 + full, tail), dw);
                if (grad != null) dw.intoArray(grad, o + full, tail);
                if (upd != null)
                    FloatVector.fromArray(S, upd, o + full, tail).sub(dw.mul(lrv)).intoArray(upd, o + full, tail);
            }
        }
    }

    /**
     * One row from zero, d more than a vector and not a multiple of L: dW = g x^T for rows j1 .. j2 of W (from t1;
     * grad null: not stored) and with {@code upd} W's step. Each row by whole vectors, its partial last vector taken
     * as the row's last L inputs, every lane: the lanes it shares with the last whole vector get the same operands
     * and so the same bits, stored twice. Both are loaded before either is stored (the other order would step those
     * lanes twice). No masked access: weightGradFewRows' masked tails and its step of every row took d=100 k=64 batch 1
     * to 1.5 us a step against 0.73-0.87 at d=96 and 112 (JMH, Zen 4; W's step alone in-JVM 820-1000 ns against
     * 240-340). Rows whose unit has g = +-0 are skipped as weightGradRow skips rows of as many vectors: from a list at
     * 4 vectors, by a branch per unit at 5 or more (a list from LIST_MIN), none below 4 or without a list. Rows of up
     * to 4 vectors in weightGradRowTailShort.
     */
    private static void weightGradRowTail(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t1,
                                          float[] grad, float[] upd, float lr, int[] units) {
        final int L = S.length();
        if (d < 4 * L) {
            weightGradRowTailShort(x, xOff, d, gp, j1, j2, t1, grad, upd, lr, units);
            return;
        }
        int last = d - d % L - L, tail = d - L;
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector xa = FloatVector.fromArray(S, x, xOff + last), xb = FloatVector.fromArray(S, x, xOff + tail);
        if (grad != null || upd == null || units == null) {
            for (int j = j1, t = t1; j < j2; j++, t += d) {
                FloatVector g = FloatVector.broadcast(S, gp[j]);
                for (int q = 0; q < last; q += L) {
                    FloatVector dw = g.fma(FloatVector.fromArray(S, x, xOff + q), zero);
                    if (grad != null) dw.intoArray(grad, t + q);
                    if (upd != null) FloatVector.fromArray(S, upd, t + q).sub(dw.mul(lrv)).intoArray(upd, t + q);
                }
                FloatVector da = g.fma(xa, zero), db = g.fma(xb, zero);
                if (grad != null) {
                    da.intoArray(grad, t + last);
                    db.intoArray(grad, t + tail);
                }
                if (upd != null) {
                    FloatVector wa = FloatVector.fromArray(S, upd, t + last);
                    FloatVector wb = FloatVector.fromArray(S, upd, t + tail);
                    wa.sub(da.mul(lrv)).intoArray(upd, t + last);
                    wb.sub(db.mul(lrv)).intoArray(upd, t + tail);
                }
            }
            return;
        }
        if ((long) (j2 - j1) * d >= LIST_MIN) {
            int n = activeUnits(gp, j1, j2, units);
            for (int c = j1; c < j1 + n; c++) {
                int j = units[c], t = t1 + (j - j1) * d;
                FloatVector g = FloatVector.broadcast(S, gp[j]);
                for (int q = 0; q < last; q += L) {
                    FloatVector dw = g.fma(FloatVector.fromArray(S, x, xOff + q), zero);
                    FloatVector.fromArray(S, upd, t + q).sub(dw.mul(lrv)).intoArray(upd, t + q);
                }
                FloatVector wa = FloatVector.fromArray(S, upd, t + last), wb = FloatVector.fromArray(S, upd, t + tail);
                wa.sub(g.fma(xa, zero).mul(lrv)).intoArray(upd, t + last);
                wb.sub(g.fma(xb, zero).mul(lrv)).intoArray(upd, t + tail);
            }
            return;
        }
        for (int j = j1, t = t1; j < j2; j++, t += d) {
            float gj = gp[j];
            if (gj == 0f) continue;
            FloatVector g = FloatVector.broadcast(S, gj);
            for (int q = 0; q < last; q += L) {
                FloatVector dw = g.fma(FloatVector.fromArray(S, x, xOff + q), zero);
                FloatVector.fromArray(S, upd, t + q).sub(dw.mul(lrv)).intoArray(upd, t + q);
            }
            FloatVector wa = FloatVector.fromArray(S, upd, t + last), wb = FloatVector.fromArray(S, upd, t + tail);
            wa.sub(g.fma(xa, zero).mul(lrv)).intoArray(upd, t + last);
            wb.sub(g.fma(xb, zero).mul(lrv)).intoArray(upd, t + tail);
        }
    }

    /**
     * weightGradRowTail for rows of 2 to 4 vectors, the last partial: x in registers and each row written out, its
     * vectors all loaded before any is stored (as weightGradRowShort; a loop of 1-2 trips along each row took d=40
     * k=64's step to 277 ns against 165 at d=48, in-JVM). Rows of 4 vectors skip the units with g = +-0 by a list.
     */
    private static void weightGradRowTailShort(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t1,
                                               float[] grad, float[] upd, float lr, int[] units) {
        final int L = S.length();
        int nw = d / L, tail = d - L;
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, xOff), xt = FloatVector.fromArray(S, x, xOff + tail);
        FloatVector x1 = nw > 1 ? FloatVector.fromArray(S, x, xOff + L) : zero;
        FloatVector x2 = nw > 2 ? FloatVector.fromArray(S, x, xOff + 2 * L) : zero;
        if (grad == null && upd != null && units != null && nw == 3) {
            int n = activeUnits(gp, j1, j2, units);
            for (int c = j1; c < j1 + n; c++) {
                int j = units[c], t = t1 + (j - j1) * d;
                FloatVector g = FloatVector.broadcast(S, gp[j]);
                FloatVector w0 = FloatVector.fromArray(S, upd, t), w1 = FloatVector.fromArray(S, upd, t + L);
                FloatVector w2 = FloatVector.fromArray(S, upd, t + 2 * L), wt = FloatVector.fromArray(S, upd, t + tail);
                w0.sub(g.fma(x0, zero).mul(lrv)).intoArray(upd, t);
                w1.sub(g.fma(x1, zero).mul(lrv)).intoArray(upd, t + L);
                w2.sub(g.fma(x2, zero).mul(lrv)).intoArray(upd, t + 2 * L);
                wt.sub(g.fma(xt, zero).mul(lrv)).intoArray(upd, t + tail);
            }
            return;
        }
        for (int j = j1, t = t1; j < j2; j++, t += d) {
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            FloatVector d0 = g.fma(x0, zero), dt = g.fma(xt, zero);
            FloatVector d1 = nw > 1 ? g.fma(x1, zero) : zero, d2 = nw > 2 ? g.fma(x2, zero) : zero;
            if (grad != null) {
                d0.intoArray(grad, t);
                if (nw > 1) d1.intoArray(grad, t + L);
                if (nw > 2) d2.intoArray(grad, t + 2 * L);
                dt.intoArray(grad, t + tail);
            }
            if (upd != null) {
                FloatVector w0 = FloatVector.fromArray(S, upd, t), wt = FloatVector.fromArray(S, upd, t + tail);
                FloatVector w1 = nw > 1 ? FloatVector.fromArray(S, upd, t + L) : zero;
                FloatVector w2 = nw > 2 ? FloatVector.fromArray(S, upd, t + 2 * L) : zero;
                w0.sub(d0.mul(lrv)).intoArray(upd, t);
                if (nw > 1) w1.sub(d1.mul(lrv)).intoArray(upd, t + L);
                if (nw > 2) w2.sub(d2.mul(lrv)).intoArray(upd, t + 2 * L);
                wt.sub(dt.mul(lrv)).intoArray(upd, t + tail);
            }
        }
    }

    /**
     * One row, d a multiple of L: dW = g x^T for grad[t1, t2) (rows j1 .. j2 of W); grad null: not stored (then upd
     * is not null). Skipping the store cut a step's time by 1.13-1.9x at batch 1 (d=16..1024, k=64..4096: the
     * gradient's line no longer has to be read for ownership and written back). Up to 4 vectors a row, x in
     * registers and one pass per unit (1.05-1.15x the steps/s of the flat loop at d=16, 64); longer rows as a
     * loop along each row. For rows of up to 4 vectors a loop along each row ran at half the speed of one flat loop
     * when L1 holds W (d=64 k=64: 1.9 vs 1.0 ns a vector with the step; d=16: 3.4 vs 0.9): C2's pre- and post-loops
     * around a short inner loop cost more than its body. {@code units}: scratch for the list of units to step
     * (activeUnits), or null: then rows of 4 vectors are all stepped and longer rows skip by a branch per unit.
     */
    private static void weightGradRow(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t1, int t2,
                                      float[] grad, float[] upd, float lr, int align, int[] units) {
        final int L = S.length();
        if (t1 >= t2) return;
        if (d <= 4 * L) { // its own method: in this one it made C2 compile the flat loops below 0.55-0.84x as fast
            int h = Math.floorMod(align - t1, L);
            // on W's own offsets: rows of one vector, where every aligned vector is shared by two units and the
            // blend of their g costs what the aligned lines save (in-JVM, d=16 k=64..1024: 0.96-1.01x); fewer than
            // ALIGNED_MIN_UNITS units, where the set-up costs more than it saves (JMH, k=8 at d=32, 64: 0.93x, 0.98x);
            // dW stored, which the trainer does not ask for; and the step that skips rows (shortSkip), by its list
            if (h == 0 || d == L || grad != null || j2 - j1 < ALIGNED_MIN_UNITS
                    || shortSkip(d, j2 - j1, grad, units))
                weightGradRowShort(x, xOff, d, gp, j1, j2, t2, grad, upd, lr, units);
            else weightGradRowShortAligned(x, xOff, d, gp, j1, j2, t1, h, upd, lr);
            return;
        }
        // first unit first. Last first (measured when the forward pass went first block first, so that it started on
        // the rows L1 still held) was 1.0-1.2x the steps/s with G1's heap layout but 0.6-0.7x at d=256 k=64..256 and
        // d=1024 k=64 with the grid's ParallelGC, where (we think) W's loads alias recent gradient stores 4 KiB apart.
        // A loop along each row, which C2 unrolls and strips of bounds checks (one flat loop over W's vectors, x's
        // index wrapping at d, ran one vector an iteration in 15 instructions: the nested form was 1.3-1.8x the
        // steps/s at batch 1 for d=256 k>=1024 and d=1024 k=256, within noise elsewhere).
        // Each form in a method of its own. As one method, compiled after calls had taken the other forms (the
        // benchmarks' Fixture checks a kernel against ScalarKernel first: a forward and two forwardBackward calls),
        // the listed step of W took 281-456 us in some JVMs at d=1024 k=4096 (W of 16 MiB) against 143-192 without
        // that check (timed in-JVM). Apart: JMH, batch 1, A B B A, 2 forks a run: d=1024 k=4096 1.50x the speed
        // (647 -> 431 us), the other cells at d=256 and 1024 0.97-1.05x
        if (upd == null) rowsGrad(x, xOff, d, gp, j1, j2, t1, grad);
        else if (grad != null) rowsGradStep(x, xOff, d, gp, j1, j2, t1, grad, upd, lr);
        // a unit whose g is +-0 (its ReLU off: about half the units) has dW = fma(g, x, +0) = +0 and
        // W - lr * (+0) = W bitwise (a signalling NaN in W would stay signalling): its row of W is not touched.
        // x is finite then: one infinite or NaN input makes every z, y, e and g non-finite. Batch-1 steps at
        // d=256 and 1024 ran 1.21-1.75x the steps/s with a different sample each step (1.41-3.55x with one
        // repeated sample); at d=1024 k=4096 the step is bound by memory and moves a third fewer bytes. The rows
        // to step come from a list (activeUnits) from LIST_MIN weights, a branch per unit below
        else if (units == null || (long) (j2 - j1) * d < LIST_MIN) rowsStepNonZero(x, xOff, d, gp, j1, j2, t1, upd, lr);
        else rowsStepListed(x, xOff, d, gp, j1, activeUnits(gp, j1, j2, units), t1, upd, lr, units);
    }

    /** dW = g x^T for rows j1 .. j2 of W (from t1 in grad), d a multiple of L. */
    private static void rowsGrad(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t1, float[] grad) {
        final int L = S.length();
        FloatVector zero = FloatVector.zero(S);
        for (int j = j1, t = t1; j < j2; j++, t += d) {
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            for (int q = 0; q < d; q += L)
                g.fma(FloatVector.fromArray(S, x, xOff + q), zero).intoArray(grad, t + q);
        }
    }

    /** rowsGrad, and W (upd) stepped by lr from the same registers. */
    private static void rowsGradStep(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t1, float[] grad,
                                     float[] upd, float lr) {
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        for (int j = j1, t = t1; j < j2; j++, t += d) {
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            for (int q = 0; q < d; q += L) {
                FloatVector dw = g.fma(FloatVector.fromArray(S, x, xOff + q), zero);
                dw.intoArray(grad, t + q);
                FloatVector.fromArray(S, upd, t + q).sub(dw.mul(lrv)).intoArray(upd, t + q);
            }
        }
    }

    /** W's step (dW not stored) of the rows j1 .. j2 whose g is not +-0, by a branch per unit. */
    private static void rowsStepNonZero(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t1, float[] upd,
                                        float lr) {
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        for (int j = j1, t = t1; j < j2; j++, t += d) {
            float gj = gp[j];
            if (gj == 0f) continue;
            FloatVector g = FloatVector.broadcast(S, gj);
            for (int q = 0; q < d; q += L) {
                FloatVector dw = g.fma(FloatVector.fromArray(S, x, xOff + q), zero);
                FloatVector.fromArray(S, upd, t + q).sub(dw.mul(lrv)).intoArray(upd, t + q);
            }
        }
    }

    /** W's step (dW not stored) of the n units listed from units[j1] (rows from t1 for unit j1). */
    private static void rowsStepListed(float[] x, int xOff, int d, float[] gp, int j1, int n, int t1, float[] upd,
                                       float lr, int[] units) {
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        for (int c = j1; c < j1 + n; c++) {
            int j = units[c], t = t1 + (j - j1) * d;
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            for (int q = 0; q < d; q += L) {
                FloatVector dw = g.fma(FloatVector.fromArray(S, x, xOff + q), zero);
                FloatVector.fromArray(S, upd, t + q).sub(dw.mul(lrv)).intoArray(upd, t + q);
            }
        }
    }

    /**
     * Weights (1 MiB) from which weightGradRowShort's step also skips rows of 4 vectors shorter than 32 floats (d = 16
     * with 4 lanes). The step of rows of 4 vectors without dW stored leaves the rows of units with g = +-0
     * (about half, their ReLU off) untouched, and takes the others from a list of them (activeUnits). With a branch per
     * unit instead, skipping paid only from W of 1 MiB, where the step is bound by moving W (Xeon, d=64: k=4096 1.17x
     * the speed of stepping every row; d=16 k=256..4096 0.36x): the branch went at random by sample and about half
     * the units mispredicted it. With the list (JMH, Zen 4, batch 1, new samples, 2 forks x 2 rounds a side, against
     * stepping every row): 16 lanes, d=64: k=8 1.03x the speed, k=16 1.04x, k=32 1.13x, k=64 1.15-1.23x, k=256 1.14x,
     * k=1024 1.13x, and k=4096 1.90x the speed of the branch per unit; 8 lanes, d=32: k=16..256 1.15-1.21x. Rows of
     * 64 bytes lose, where a list entry costs about what the row's update does: 4 lanes, d=16, k=16 0.95x, k=64 0.89x
     * (k=256 1.01x); 16 lanes, rows of one vector (d=16, k=64..1024) 0.88-0.97x.
     */
    static final int SHORT_SKIP_MIN = 1 << 18;

    /**
     * Weights from which weightGradRow's step of rows longer than 4 vectors takes the units to step from a list
     * (activeUnits) rather than testing each unit's g in a branch, which about half the units mispredict. JMH, Zen 4,
     * batch 1, new samples, 2 forks x 2 rounds a side, list over branch: d=256 k=1024 1.17x the speed, k=4096 1.15x;
     * d=1024 k=256 1.03x, k=1024 1.07x, k=4096 1.14x; but d=256 k=64 0.94x and k=256 0.98x, d=1024 k=64 1.04x.
     * 2^17 floats is half a MiB.
     */
    static final int LIST_MIN = 1 << 17;

    /**
     * weightGradRow for rows of at most 4 vectors: x stays in registers, one pass per unit, first unit first, but for
     * the step that skips rows (see shortSkip), last unit first, through the list in {@code units}. JMH, d=16 batch 1,
     * 6 forks a side against last unit first: 0.93-0.96x the time at k=256..4096 (W of 16-256 KiB), but 1.06x at k=8192
     * (256 KiB; why, we do not know: the forward pass last block first did not change it). d=64 k=4096 (1 MiB, rows
     * skipped) read 1.00x on one repeated sample, which it fits exactly (every row skipped); with new samples last unit
     * first is 0.91-0.96x the time (see the loop). In-JVM, the step alone with W in L1: 0.93-0.99 ns a unit ascending,
     * 1.00-1.11 descending. Both orders in one loop (direction as a variable, two parts, or the row as a helper)
     * compiled to 1.1-4x slower code, hence a loop of its own for each.
     */
    private static void weightGradRowShort(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t2,
                                           float[] grad, float[] upd, float lr, int[] units) {
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        int nv = d / L;
        boolean store = grad != null;
        FloatVector x0 = FloatVector.fromArray(S, x, xOff);
        FloatVector x1 = nv > 1 ? FloatVector.fromArray(S, x, xOff + L) : zero;
        FloatVector x2 = nv > 2 ? FloatVector.fromArray(S, x, xOff + 2 * L) : zero;
        FloatVector x3 = nv > 3 ? FloatVector.fromArray(S, x, xOff + 3 * L) : zero;
        // rows of 4 vectors of units with g = +-0 left as they are (as in weightGradRow, bitwise the same): see
        // SHORT_SKIP_MIN. Without a step (upd null) that call has nothing to do (grad is null too)
        if (shortSkip(d, j2 - j1, grad, units)) {
            if (upd == null) return;
            // last unit first (this step runs at any size from d = 32). When W outgrows L2 (1 MiB or more), the forward
            // pass has just read W first unit first, so L2 holds its last rows; this pass takes them while they are
            // there and leaves the first rows, which the next forward pass reads first, the most recent (the same
            // operations, so the same bits). JMH, batch 1, new samples, with a branch per unit: d=64 k=4096 0.92-0.96x
            // the time, k=8192 0.98x. Rows longer than 4 vectors (weightGradRow) lost the same way: d=256 and 1024,
            // k=1024 and 4096, 1.01-1.09x the time
            int n = activeUnits(gp, j1, j2, units);
            for (int c = j1 + n - 1; c >= j1; c--) {
                int j = units[c], o = t2 - (j2 - j) * d;
                FloatVector g = FloatVector.broadcast(S, gp[j]);
                FloatVector.fromArray(S, upd, o).sub(g.fma(x0, zero).mul(lrv)).intoArray(upd, o);
                FloatVector.fromArray(S, upd, o + L).sub(g.fma(x1, zero).mul(lrv)).intoArray(upd, o + L);
                FloatVector.fromArray(S, upd, o + 2 * L).sub(g.fma(x2, zero).mul(lrv)).intoArray(upd, o + 2 * L);
                FloatVector.fromArray(S, upd, o + 3 * L).sub(g.fma(x3, zero).mul(lrv)).intoArray(upd, o + 3 * L);
            }
            return;
        }
        for (int j = j1, o = t2 - (j2 - j1) * d; j < j2; j++, o += d) {
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            FloatVector dw = g.fma(x0, zero);
            if (store) dw.intoArray(grad, o);
            if (upd != null) FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
            if (nv > 1) {
                dw = g.fma(x1, zero);
                if (store) dw.intoArray(grad, o + L);
                if (upd != null) FloatVector.fromArray(S, upd, o + L).sub(dw.mul(lrv)).intoArray(upd, o + L);
            }
            if (nv > 2) {
                dw = g.fma(x2, zero);
                if (store) dw.intoArray(grad, o + 2 * L);
                if (upd != null)
                    FloatVector.fromArray(S, upd, o + 2 * L).sub(dw.mul(lrv)).intoArray(upd, o + 2 * L);
            }
            if (nv > 3) {
                dw = g.fma(x3, zero);
                if (store) dw.intoArray(grad, o + 3 * L);
                if (upd != null)
                    FloatVector.fromArray(S, upd, o + 3 * L).sub(dw.mul(lrv)).intoArray(upd, o + 3 * L);
            }
        }
    }

    /**
     * Units from which weightGradRow steps rows of 2-4 vectors on aligned vectors (weightGradRowShortAligned), unless
     * its step skips rows (shortSkip).
     */
    static final int ALIGNED_MIN_UNITS = 16;

    /**
     * Whether weightGradRowShort leaves the rows of units with g = +-0 as they are: see SHORT_SKIP_MIN. Not without a
     * list ({@code list} null: the caller's units are mostly on, see VectorKernel#skipList).
     */
    static boolean shortSkip(int d, int units, float[] grad, int[] list) {
        return grad == null && list != null && d == 4 * S.length() && (d >= 32 || (long) units * d >= SHORT_SKIP_MIN);
    }

    /**
     * Writes to {@code units[j1 ..]} the units of [j1, j2) whose g (gp[j], one row) is not +-0, in order, and returns
     * how many. Why: the skipping steps tested each g in a branch, which about half the units (their ReLU off, at
     * random by sample) mispredicted. Vectors of g compared with 0 and their indices compressed cost no branch by the
     * data; the loops over the list take the same rows in the same order (the same bits). Nothing past j2 is written:
     * each whole vector's store (the listed units first, zeros after) ends by its own last unit, as no more units than
     * its index come before; the last, partial vector's store is masked to its count. So calls on disjoint unit ranges
     * may share the array.
     */
    private static int activeUnits(float[] gp, int j1, int j2, int[] units) {
        final int L = S.length();
        int n = 0, j = j1;
        for (; j + L <= j2; j += L) {
            // the indices made afresh each time: carried round the loop, the vector's class was unknown where C2
            // parsed its calls, which it left as virtual calls on boxed vectors (164 KB a step at d=256 k=4096)
            IntVector idx = IntVector.fromArray(SI, IOTA_INT, 0).add(j);
            VectorMask<Integer> on = FloatVector.fromArray(S, gp, j).compare(VectorOperators.NE, 0f).cast(SI);
            idx.compress(on).intoArray(units, j1 + n);
            n += on.trueCount();
        }
        if (j < j2) { // the last units by a masked vector too (lanes past j2 read as 0): no branch by the data
            VectorMask<Integer> on = FloatVector.fromArray(S, gp, j, S.indexInRange(j, j2))
                    .compare(VectorOperators.NE, 0f).cast(SI);
            IntVector.fromArray(SI, IOTA_INT, 0).add(j).compress(on).intoArray(units, j1 + n, on.compress());
            n += on.trueCount();
        }
        return n;
    }

    /** Lane indices 0 .. L-1, as ints. */
    private static final int[] IOTA_INT = new int[S.length()];

    static {
        for (int i = 0; i < IOTA_INT.length; i++) IOTA_INT[i] = i;
    }

    /** Lane indices 0 .. 2L-1: from offset h, the index vector of lanes h .. h+L-1 of two vectors side by side. */
    private static final float[] IOTA2 = new float[2 * S.length()];

    static {
        for (int i = 0; i < IOTA2.length; i++) IOTA2[i] = i;
    }

    /**
     * weightGradRowShort's step without dW stored (the trainer's case), on vectors aligned to the arrays' lines:
     * element t1 + h + n L starts one (h in 1 .. L-1). W's rows are a whole number of vectors, so such a vector takes
     * inputs of one unit's row, or lanes of two rows: unit j's last L - h inputs and unit j+1's first h, with g
     * blended from the two units and x rotated by h. The same operations on the same operands lane by lane: the same
     * bits. Why: the caller's parameters start 16 bytes past a line (with -XX:ObjectAlignmentInBytes=64), so every
     * 256-bit vector of W spanned two lines. In-JVM, d=64 k=64 (W in L1): 206 ns a pass, 146-194 aligned (by JVM);
     * JMH batch-1 steps at d=64: k=64 1.07-1.12x, k=256 1.05-1.09x, k=1024 1.01-1.02x (from L2, where the split
     * lines cost little). The first unit's row and the two ends are {@link #alignedEdges}: in this method, their vector
     * code took it past C2's inlining budget, and its FMAs ran as plain Java (AllocationTest, aligned objects).
     */
    private static void weightGradRowShortAligned(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t1,
                                                  int h, float[] upd, float lr) {
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        int nv = d / L, last = t1 + (j2 - 1 - j1) * d;
        // lane l of the vector at a row's offset h + L t holds x[(h + L t + l) mod d]: r0 .. r2 within the row, rot
        // across its end (the rows' last and first vectors of x, lanes from h)
        FloatVector rot = FloatVector.fromArray(S, IOTA2, h).selectFrom(FloatVector.fromArray(S, x, xOff + d - L),
                FloatVector.fromArray(S, x, xOff));
        FloatVector r0 = FloatVector.fromArray(S, x, xOff + h);
        FloatVector r1 = nv > 2 ? FloatVector.fromArray(S, x, xOff + h + L) : zero;
        FloatVector r2 = nv > 3 ? FloatVector.fromArray(S, x, xOff + h + 2 * L) : zero;
        VectorMask<Float> next = VectorMask.fromLong(S, (-1L << (L - h)) & (-1L >>> (64 - L))); // unit j+1's lanes
        // first unit first, as weightGradRowShort: each pass steps the vector unit j shares with unit j-1, then unit
        // j's vectors within its row (g carried to the next pass: broadcast once a unit). Against last unit first,
        // JMH batch 1, 2 rounds: d=32 k=64..1024 1.16-1.35x the steps/s, d=64 k=64..1024 0.99-1.07x
        FloatVector before = FloatVector.broadcast(S, gp[j1]);
        for (int j = j1 + 1, o = t1 + d + h; j < j2; j++, o += d) {
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            FloatVector dw = VCLASS.cast(before).blend(g, next).fma(rot, zero);
            FloatVector.fromArray(S, upd, o - L).sub(dw.mul(lrv)).intoArray(upd, o - L);
            FloatVector.fromArray(S, upd, o).sub(g.fma(r0, zero).mul(lrv)).intoArray(upd, o);
            if (nv > 2) FloatVector.fromArray(S, upd, o + L).sub(g.fma(r1, zero).mul(lrv)).intoArray(upd, o + L);
            if (nv > 3)
                FloatVector.fromArray(S, upd, o + 2 * L).sub(g.fma(r2, zero).mul(lrv)).intoArray(upd, o + 2 * L);
            before = g;
        }
        alignedEdges(x, xOff, d, gp[j1], gp[j2 - 1], t1, last, h, upd, lr);
    }

    /**
     * The rest of weightGradRowShortAligned's step: the first unit's (row at t1, g1) vectors within its row and its
     * first h weights, and the last unit's (row at last, g2) last L - h weights, by masked vectors on the rows' own
     * offsets.
     */
    private static void alignedEdges(float[] x, int xOff, int d, float g1, float g2, int t1, int last, int h,
                                     float[] upd, float lr) {
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S), g = FloatVector.broadcast(S, g1);
        for (int q = h; q + L <= d; q += L) {
            FloatVector dw = g.fma(FloatVector.fromArray(S, x, xOff + q), zero);
            FloatVector.fromArray(S, upd, t1 + q).sub(dw.mul(lrv)).intoArray(upd, t1 + q);
        }
        VectorMask<Float> head = VectorMask.fromLong(S, (1L << h) - 1), tail = head.not();
        FloatVector dw = g.fma(FloatVector.fromArray(S, x, xOff), zero);
        FloatVector.fromArray(S, upd, t1, head).sub(dw.mul(lrv)).intoArray(upd, t1, head);
        int e = last + d - L;
        dw = FloatVector.broadcast(S, g2).fma(FloatVector.fromArray(S, x, xOff + d - L), zero);
        FloatVector.fromArray(S, upd, e, tail).sub(dw.mul(lrv)).intoArray(upd, e, tail);
    }

    // ---------------------------------------------------------------- residuals

    @Override
    void residualLanes(float[] out, float[] y, int yOff, int n, float ei, float[] e, double[] lanes, int at) {
        final int L = S.length(), H = SD.length();
        int i = Math.min(n, (L - at % L) % L); // rows up to the first whole vector of lanes, then the vectors
        VectorKernel.plainResidualLanes(out, y, yOff, 0, i, ei, e, lanes, at, L);
        if (i + L <= n) {
            FloatVector eiv = FloatVector.broadcast(S, ei);
            DoubleVector q0 = DoubleVector.fromArray(SD, lanes, 0), q1 = DoubleVector.fromArray(SD, lanes, H);
            DoubleVector c0 = DoubleVector.fromArray(SD, lanes, L), c1 = DoubleVector.fromArray(SD, lanes, L + H);
            // a cast to S's or SD's class before an operation whose receiver is a load's, a convertShape's or a loop's
            // sums: C2 knows those only as FloatVector or DoubleVector and bound their methods by the Vector API's
            // shared profiles. DoubleVector's are fed by this loop alone, and where C1 compiled it without profiling
            // (tier 2, when C2's queue is long) the calls stayed virtual and boxed every sum (AllocationTest check 14
            // at 256 bits: 57.6 MB in 1 JVM of 30-40). After the cast C2 knows the class exactly (see the class
            // comment), and the test folds. The upper halves are converted as the lower
            // halves of a permuted vector: a part-1 conversion went through slice, whose deep inlining took the
            // method past C2's inlining limits (so its calls were inlined late, their results typed only by their
            // declarations)
            for (; i + L <= n; i += L) {
                FloatVector r = VCLASS.cast(FloatVector.fromArray(S, out, i))
                        .sub(FloatVector.fromArray(S, y, yOff + i));
                FloatVector ev = r.mul(eiv);
                ev.intoArray(e, i);
                // (double) r * r is exact, so the product rounds nowhere and the sum once, as in plainResidualLanes
                DoubleVector r0 = DCLASS.cast(r.convertShape(VectorOperators.F2D, SD, 0));
                DoubleVector r1 = DCLASS.cast(r.rearrange(UPPER_HALF).convertShape(VectorOperators.F2D, SD, 0));
                q0 = DCLASS.cast(q0).add(r0.mul(r0));
                q1 = DCLASS.cast(q1).add(r1.mul(r1));
                c0 = DCLASS.cast(c0).add(ev.convertShape(VectorOperators.F2D, SD, 0));
                c1 = DCLASS.cast(c1)
                        .add(ev.rearrange(UPPER_HALF).convertShape(VectorOperators.F2D, SD, 0));
            }
            DCLASS.cast(q0).intoArray(lanes, 0);
            DCLASS.cast(q1).intoArray(lanes, H);
            DCLASS.cast(c0).intoArray(lanes, L);
            DCLASS.cast(c1).intoArray(lanes, L + H);
        }
        VectorKernel.plainResidualLanes(out, y, yOff, i, n, ei, e, lanes, at, L);
    }

    // ---------------------------------------------------------------- one row, at most L units: the dot form's step

    /**
     * dotRowFew's (and for d = L dotRowOneVector's) padding block and rowOutput for one row of at most L units, in
     * one method. Why: with one vector of units the dot form's separate calls (the forward pass, rowOutput, the
     * residual, hiddenGradDot, weightGradRows) were mostly their set-up and their round trips through memory. The
     * same operations in the same order, so the same bits (VectorKernelTest checks the step against the rows' form).
     * Written out rather than calling dotRowOneVector or dotRowFew and rowOutput: that took 1.12x the time of a step
     * at d=16 k=8 and 1.09x at d=64 (JMH, 4 forks a side).
     */
    @Override
    float dotRowOutput(float[] x, int xi, int d, float[] w, int k, int offB, int offA, float c, float slope,
                       boolean identity, float[] z) {
        final int L = S.length();
        if (d < L) return dotRowOutputPart(x, xi, d, w, k, offB, offA, c, slope, identity, z);
        int nv = d / L, last = (k - 1) * d, top = LANE_BIT.length - 1;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        FloatVector zero = FloatVector.zero(S), x0 = FloatVector.fromArray(S, x, xi);
        FloatVector x1 = nv > 1 ? FloatVector.fromArray(S, x, xi + L) : zero;
        FloatVector x2 = nv > 2 ? FloatVector.fromArray(S, x, xi + 2 * L) : zero;
        FloatVector x3 = nv > 3 ? FloatVector.fromArray(S, x, xi + 3 * L) : zero;
        FloatVector xs = nv == 1 ? sw0.selectFrom(x0, x0) : zero; // d = L: as in dotRowOneVector
        FloatVector r = zero, h = zero;
        for (int g = 0; g < L / 4; g++) {
            // units past k read W's last row (lanes zeroed below)
            int o = 4 * g * d;
            int w0 = Math.min(o, last), w1 = Math.min(o + d, last), w2 = Math.min(o + 2 * d, last);
            int w3 = Math.min(o + 3 * d, last);
            FloatVector q = zero; // a group wholly past k: its fold of zeros, +0
            if (4 * g < k && nv == 1) { // dotRowOneVector's pairs
                FloatVector p0 = FloatVector.fromArray(S, w, w0), p1 = FloatVector.fromArray(S, w, w1);
                FloatVector u = p0.blend(p1, bit0).fma(x0, sw0.selectFrom(p0, p1).mul(xs));
                FloatVector p2 = FloatVector.fromArray(S, w, w2), p3 = FloatVector.fromArray(S, w, w3);
                FloatVector v = p2.blend(p3, bit0).fma(x0, sw0.selectFrom(p2, p3).mul(xs));
                q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
            } else if (4 * g < k) {
                FloatVector a0 = FloatVector.fromArray(S, w, w0).fma(x0, zero);
                FloatVector a1 = FloatVector.fromArray(S, w, w1).fma(x0, zero);
                FloatVector a2 = FloatVector.fromArray(S, w, w2).fma(x0, zero);
                FloatVector a3 = FloatVector.fromArray(S, w, w3).fma(x0, zero);
                if (nv > 1) {
                    a0 = FloatVector.fromArray(S, w, w0 + L).fma(x1, a0);
                    a1 = FloatVector.fromArray(S, w, w1 + L).fma(x1, a1);
                    a2 = FloatVector.fromArray(S, w, w2 + L).fma(x1, a2);
                    a3 = FloatVector.fromArray(S, w, w3 + L).fma(x1, a3);
                }
                if (nv > 2) {
                    a0 = FloatVector.fromArray(S, w, w0 + 2 * L).fma(x2, a0);
                    a1 = FloatVector.fromArray(S, w, w1 + 2 * L).fma(x2, a1);
                    a2 = FloatVector.fromArray(S, w, w2 + 2 * L).fma(x2, a2);
                    a3 = FloatVector.fromArray(S, w, w3 + 2 * L).fma(x2, a3);
                }
                if (nv > 3) {
                    a0 = FloatVector.fromArray(S, w, w0 + 3 * L).fma(x3, a0);
                    a1 = FloatVector.fromArray(S, w, w1 + 3 * L).fma(x3, a1);
                    a2 = FloatVector.fromArray(S, w, w2 + 3 * L).fma(x3, a2);
                    a3 = FloatVector.fromArray(S, w, w3 + 3 * L).fma(x3, a3);
                }
                FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                q = u.blend(v, bit1).add(sw1.selectFrom(u, v)); // lane c: unit 4g + (c & 3)
            }
            if (L == 4) r = q;
            else if ((g & 1) == 0) h = q;
            else {
                h = VCLASS.cast(h).blend(q, bit2).add(sw2.selectFrom(h, q));
                if ((g & 2) == 0) r = h;
                else r = VCLASS.cast(r).blend(h, bit3).add(sw3.selectFrom(r, h));
            }
        }
        VectorMask<Float> in = S.indexInRange(0, k);
        // b and a plainly where k is half or a quarter of a vector, as the units form's one-row step (see HALF). At
        // k = L they stay masked: plain there gained nothing (d=16 k=16 1.05x, d=64 k=16 0.98x)
        boolean half = k == L / 2, quarter = k == L / 4;
        FloatVector b, av;
        if (LANES >= 8 && half) {
            b = offB >= 0 ? (FloatVector) FloatVector.fromArray(HALF, w, offB).reinterpretShape(S, 0) : zero;
            av = (FloatVector) FloatVector.fromArray(HALF, w, offA).reinterpretShape(S, 0);
        } else if (LANES >= 16 && quarter) {
            b = offB >= 0 ? (FloatVector) FloatVector.fromArray(QUARTER, w, offB).reinterpretShape(S, 0) : zero;
            av = (FloatVector) FloatVector.fromArray(QUARTER, w, offA).reinterpretShape(S, 0);
        } else {
            b = offB >= 0 ? FloatVector.fromArray(S, w, offB, in) : zero;
            av = FloatVector.fromArray(S, w, offA, in);
        }
        if (LANES >= 8) {
            b = VCLASS.cast(b);
            av = VCLASS.cast(av);
        }
        FloatVector zv = b.add(r.blend(0f, in.not()));
        if (identity) zv = zv.add(x0); // k = d = L: forwardZDot's addInputs
        zv.intoArray(z, 0);
        // rowOutput's y
        FloatVector acc = zv.blend(zv.mul(slope), zv.lt(0f)).fma(av, zero);
        if (L > 4) acc = acc.rearrange(UPPER_HALF).add(acc); // as rowOutput's sum
        if (L > 8) acc = acc.rearrange(XOR_STAGE1).add(acc);
        return ((acc.lane(0) + acc.lane(2)) + (acc.lane(1) + acc.lane(3))) + c;
    }

    /**
     * dotRowOutput for rows shorter than a vector (d < L): each unit's row one masked vector, x's lanes past d zero,
     * through dotRowOutput's fold, block by block of L units (more than L only from d = L/2 + 1: see dotRowShape).
     * Its own method: in dotRowOutput, C1's tier-3 compile ran out of virtual registers and the method stayed tier-2
     * code (2 us a step at d = k = 16 instead of 0.08).
     */
    private static float dotRowOutputPart(float[] x, int xi, int d, float[] w, int k, int offB, int offA, float c,
                                          float slope, boolean identity, float[] z) {
        final int L = S.length();
        int last = (k - 1) * d, top = LANE_BIT.length - 1;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        VectorMask<Float> dm = VectorMask.fromLong(S, (1L << d) - 1);
        FloatVector zero = FloatVector.zero(S), x0 = FloatVector.fromArray(S, x, xi, dm), acc = zero;
        for (int j0 = 0; j0 < k; j0 += L) { // blocks of L units, y summed across them
            FloatVector r = zero, h = zero;
            for (int g = 0; g < L / 4; g++) {
                // units past k read W's last row (lanes zeroed below)
                int o = (j0 + 4 * g) * d;
                int w0 = Math.min(o, last), w1 = Math.min(o + d, last), w2 = Math.min(o + 2 * d, last);
                int w3 = Math.min(o + 3 * d, last);
                FloatVector q = zero; // a group wholly past k: its fold of zeros, +0
                if (j0 + 4 * g < k) {
                    FloatVector a0 = FloatVector.fromArray(S, w, w0, dm).fma(x0, zero);
                    FloatVector a1 = FloatVector.fromArray(S, w, w1, dm).fma(x0, zero);
                    FloatVector a2 = FloatVector.fromArray(S, w, w2, dm).fma(x0, zero);
                    FloatVector a3 = FloatVector.fromArray(S, w, w3, dm).fma(x0, zero);
                    FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                    FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                    q = u.blend(v, bit1).add(sw1.selectFrom(u, v)); // lane c: unit 4g + (c & 3)
                }
                if (L == 4) r = q;
                else if ((g & 1) == 0) h = q;
                else {
                    h = VCLASS.cast(h).blend(q, bit2).add(sw2.selectFrom(h, q));
                    if ((g & 2) == 0) r = h;
                    else r = VCLASS.cast(r).blend(h, bit3).add(sw3.selectFrom(r, h));
                }
            }
            // the mask from its bits (see dotRowBlocks: indexInRange and not() ran C1 out of registers there)
            VectorMask<Float> in = VectorMask.fromLong(S, k - j0 >= L ? -1L : (1L << (k - j0)) - 1);
            FloatVector b = offB >= 0 ? FloatVector.fromArray(S, w, offB + j0, in) : zero;
            FloatVector zv = b.add(zero.blend(r, in));
            if (identity) zv = zv.add(x0); // k = d: x's lanes past d are zero
            zv.intoArray(z, j0);
            acc = zv.blend(zv.mul(slope), zv.lt(0f)).fma(FloatVector.fromArray(S, w, offA + j0, in), acc);
        }
        if (L > 4) acc = acc.rearrange(UPPER_HALF).add(acc); // as rowOutput's sum
        if (L > 8) acc = acc.rearrange(XOR_STAGE1).add(acc);
        return ((acc.lane(0) + acc.lane(2)) + (acc.lane(1) + acc.lane(3))) + c;
    }

    /**
     * The backward half of dotRowOutput's row: hiddenGradDot1's operations on its one vector of units, then
     * weightGradRowShort's step (on W's own offsets, first unit first, or with rows skipped last first: the aligned
     * step gives the same bits, and its set-up costs more than it saves below ALIGNED_MIN_UNITS units; at k = L = 16
     * whole steps take 0.71x (d=32) and 0.78x (d=64) the time of the five calls with the aligned step). Its own method
     * for C1's sake (as unitsRow's two halves). The step is a call: written out here, C2 boxed each dW vector (80
     * bytes a vector of W: 2.5 KB a call at d=64 k=8; AllocationTest).
     * Rows shorter than a vector step W by weightGradRowPart, and more than L units (only with such rows) go block by
     * block (dotRowGradBlocks).
     */
    @Override
    void dotRowGrad(float[] x, int xi, int d, float e, float[] w, int k, int offB, int offA, float slope,
                    boolean trainA, float[] grad, float[] upd, float lr, float[] z, float[] gp, int[] units) {
        if (k > S.length()) { // rows shorter than a vector only (dotRowShape)
            dotRowGradBlocks(x, xi, d, e, w, k, offB, offA, slope, trainA, grad, upd, lr, z, gp);
            return;
        }
        final int L = S.length();
        FloatVector ei = FloatVector.broadcast(S, e), zero = FloatVector.zero(S), lrv = FloatVector.broadcast(S, lr);
        VectorMask<Float> in = S.indexInRange(0, k);
        // a and b plainly where k is half or a quarter of a vector, as in dotRowOutput
        boolean half = k == L / 2, quarter = k == L / 4;
        FloatVector a;
        if (LANES >= 8 && half) a = (FloatVector) FloatVector.fromArray(HALF, w, offA).reinterpretShape(S, 0);
        else if (LANES >= 16 && quarter)
            a = (FloatVector) FloatVector.fromArray(QUARTER, w, offA).reinterpretShape(S, 0);
        else a = FloatVector.fromArray(S, w, offA, in);
        if (LANES >= 8) a = VCLASS.cast(a);
        FloatVector zv = FloatVector.fromArray(S, z, 0);
        FloatVector accA = trainA ? zv.blend(zv.mul(slope), zv.lt(0f)).fma(ei, zero) : zero;
        FloatVector g = a.mul(ei);
        g = g.blend(g.mul(slope), zv.compare(VectorOperators.LE, 0f));
        g.intoArray(gp, 0);
        FloatVector accB = zero.add(g); // hiddenGradDot's sum from zero (-0 becomes +0)
        if (grad != null) {
            accA.intoArray(grad, offA, in);
            if (offB >= 0) accB.intoArray(grad, offB, in);
        }
        if (upd != null) { // A read before any step
            FloatVector a1 = a.sub(accA.mul(lrv)), b0;
            if (LANES >= 8 && half)
                b0 = offB >= 0 ? (FloatVector) FloatVector.fromArray(HALF, upd, offB).reinterpretShape(S, 0) : zero;
            else if (LANES >= 16 && quarter)
                b0 = offB >= 0 ? (FloatVector) FloatVector.fromArray(QUARTER, upd, offB).reinterpretShape(S, 0) : zero;
            else b0 = offB >= 0 ? FloatVector.fromArray(S, upd, offB, in) : zero;
            if (LANES >= 8) b0 = VCLASS.cast(b0);
            FloatVector b1 = b0.sub(accB.mul(lrv));
            if (LANES >= 8 && half) {
                if (trainA) HCLASS.cast(a1.reinterpretShape(HALF, 0)).intoArray(upd, offA);
                if (offB >= 0) HCLASS.cast(b1.reinterpretShape(HALF, 0)).intoArray(upd, offB);
            } else if (LANES >= 16 && quarter) {
                if (trainA) QCLASS.cast(a1.reinterpretShape(QUARTER, 0)).intoArray(upd, offA);
                if (offB >= 0) QCLASS.cast(b1.reinterpretShape(QUARTER, 0)).intoArray(upd, offB);
            } else {
                if (trainA) a1.intoArray(upd, offA, in);
                if (offB >= 0) b1.intoArray(upd, offB, in);
            }
        }
        if (d < S.length()) weightGradRowPart(x, xi, d, gp, k, grad, upd, lr, offA + k);
        else weightGradRowShort(x, xi, d, gp, 0, k, k * d, grad, upd, lr, units);
    }

    /**
     * dotRowGrad with more than L hidden units (rows shorter than a vector): its operations block by block of L units,
     * then W's step (weightGradRowPart).
     */
    private static void dotRowGradBlocks(float[] x, int xi, int d, float e, float[] w, int k, int offB, int offA,
                                         float slope, boolean trainA, float[] grad, float[] upd, float lr, float[] z,
                                         float[] gp) {
        final int L = S.length();
        FloatVector ei = FloatVector.broadcast(S, e), zero = FloatVector.zero(S), lrv = FloatVector.broadcast(S, lr);
        for (int j0 = 0; j0 < k; j0 += L) {
            VectorMask<Float> in = VectorMask.fromLong(S, k - j0 >= L ? -1L : (1L << (k - j0)) - 1);
            FloatVector a = FloatVector.fromArray(S, w, offA + j0, in), zv = FloatVector.fromArray(S, z, j0);
            FloatVector accA = trainA ? zv.blend(zv.mul(slope), zv.lt(0f)).fma(ei, zero) : zero;
            FloatVector g = a.mul(ei);
            g = g.blend(g.mul(slope), zv.compare(VectorOperators.LE, 0f));
            g.intoArray(gp, j0);
            FloatVector accB = zero.add(g);
            if (grad != null) {
                accA.intoArray(grad, offA + j0, in);
                if (offB >= 0) accB.intoArray(grad, offB + j0, in);
            }
            if (upd != null) { // this block's A read before its step
                if (trainA) a.sub(accA.mul(lrv)).intoArray(upd, offA + j0, in);
                if (offB >= 0)
                    FloatVector.fromArray(S, upd, offB + j0, in).sub(accB.mul(lrv)).intoArray(upd, offB + j0, in);
            }
        }
        weightGradRowPart(x, xi, d, gp, k, grad, upd, lr, offA + k);
    }

    /**
     * dotRowGrad's step of rows shorter than a vector (d < L): each unit's row one vector, x's lanes past d zero, dW
     * and W's step as weightGradRowShort's. grad null: dW not stored; upd null: no step. W's rows are stored as whole
     * vectors, first unit first, the lanes past the row (the next rows', or past W the parameters after it, b and A
     * already stepped) as loaded: each row is loaded before the row before it is stored, so those lanes hold what is
     * there, and a later row's store never reaches back. Only within the parameters (below {@code end}, A's end): the
     * array past them may be the caller's. Masked stores instead (dW, and rows whose vector would pass {@code end})
     * made the next step's loads wait for them to reach the cache. JMH, Zen 4, batch 1, d = k = 12: 0.157 us a step
     * with masked stores.
     */
    private static void weightGradRowPart(float[] x, int xi, int d, float[] gp, int k, float[] grad, float[] upd,
                                          float lr, int end) {
        final int L = S.length();
        if (2 * d < L) { // a vector reaches into a third row: see weightGradFlat
            weightGradFlat(x, xi, d, gp, k, grad, upd, lr, end);
            return;
        }
        VectorMask<Float> dm = VectorMask.fromLong(S, (1L << d) - 1);
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, xi, dm);
        if (grad != null)
            for (int j = 0, o = 0; j < k; j++, o += d)
                FloatVector.broadcast(S, gp[j]).fma(x0, zero).intoArray(grad, o, dm);
        if (upd == null) return;
        int whole = end < L ? 0 : Math.min(k, (end - L) / d + 1); // rows whose vector ends by end
        int j = 0, o = 0;
        FloatVector next = whole > 0 ? FloatVector.fromArray(S, upd, 0) : zero;
        for (; j < whole; j++, o += d) {
            FloatVector cur = next;
            if (j + 1 < whole) next = FloatVector.fromArray(S, upd, o + d);
            FloatVector dw = FloatVector.broadcast(S, gp[j]).fma(x0, zero);
            cur.blend(cur.sub(dw.mul(lrv)), dm).intoArray(upd, o);
        }
        for (; j < k; j++, o += d) {
            FloatVector dw = FloatVector.broadcast(S, gp[j]).fma(x0, zero);
            FloatVector.fromArray(S, upd, o, dm).sub(dw.mul(lrv)).intoArray(upd, o, dm);
        }
    }

    /**
     * weightGradRowPart for rows of fewer than L/2 inputs: W (and dW) as one flat run of whole vectors, each lane's g
     * and x permuted into place: every L units make d vectors, lane l of their vector v (l + vL of the run) unit
     * (vL + l) / d of the L and input (vL + l) % d (FLAT_UNIT, FLAT_INPUT). The same fma(g, x, +0) and W - dW lr a
     * weight as the rows' step, so the same bits. Row by row, each row's vector reached over the next rows, and a
     * row's load overlapped the store of the row two before it, which it then waited on: a batch-1 step at d=5 k=16
     * took 176 ns against 98 at d=12 (in-JVM). JMH, Zen 4, batch 1, A B B A, rows -> flat: d=5 k=16 1.68x, d=7 k=16
     * 1.54x, d=6 k=8 1.33x. The last vector's lanes past W (b's, already stepped) are stored as loaded, whole below
     * {@code end} (A's end), else masked.
     */
    private static void weightGradFlat(float[] x, int xi, int d, float[] gp, int k, float[] grad, float[] upd,
                                       float lr, int end) {
        final int L = S.length();
        int n = k * d, base = flatBase(d);
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, xi, VectorMask.fromLong(S, (1L << d) - 1));
        for (int j0 = 0, f = 0; f < n; j0 += L) {
            FloatVector g = FloatVector.fromArray(S, gp, j0); // gp holds kp >= j0 + L floats
            for (int v = 0; v < d && f < n; v++, f += L) {
                int t = base + v * L;
                FloatVector dw = FloatVector.fromArray(S, FLAT_UNIT, t).selectFrom(g)
                        .fma(FloatVector.fromArray(S, FLAT_INPUT, t).selectFrom(x0), zero);
                if (f + L <= n) {
                    if (grad != null) dw.intoArray(grad, f);
                    if (upd != null) FloatVector.fromArray(S, upd, f).sub(dw.mul(lrv)).intoArray(upd, f);
                } else { // W's last vector: only lanes below n are W's
                    VectorMask<Float> in = VectorMask.fromLong(S, (1L << (n - f)) - 1);
                    if (grad != null) dw.intoArray(grad, f, in);
                    if (upd == null) continue;
                    if (f + L <= end) {
                        FloatVector w = FloatVector.fromArray(S, upd, f);
                        w.blend(w.sub(dw.mul(lrv)), in).intoArray(upd, f);
                    } else FloatVector.fromArray(S, upd, f, in).sub(dw.mul(lrv)).intoArray(upd, f, in);
                }
            }
        }
    }

    /** Where d's index vectors start in FLAT_UNIT and FLAT_INPUT: d vectors for each d from 2 below L/2, in order. */
    private static int flatBase(int d) {
        return S.length() * (d * (d - 1) / 2 - 1);
    }

    /** weightGradFlat's lanes: for d from 2 below L/2 and v < d, lane l of vector v: unit (vL + l) / d, input mod d. */
    private static final float[] FLAT_UNIT = flatTable(true), FLAT_INPUT = flatTable(false);

    private static float[] flatTable(boolean unit) {
        int L = S.length(), top = (L - 1) / 2;
        float[] t = new float[Math.max(0, flatBase(top + 1))];
        for (int d = 2; d <= top; d++)
            for (int v = 0; v < d; v++)
                for (int l = 0; l < L; l++) t[flatBase(d) + v * L + l] = unit ? (v * L + l) / d : (v * L + l) % d;
        return t;
    }

    // ---------------------------------------------------------------- rows of W shorter than a vector: segments

    /**
     * Index vectors of the segment form, per d = 2^s (s = 1 .. log2 L), R = L / d units a vector. SEG_DUP at
     * [s L, (s+1) L): lane c takes lane c mod d (x's d inputs in every segment). SEG_UNITS at the same place: lane l
     * (unit l of a group) takes the fold's lane (l mod R) d + l / R, where the fold left unit l's sum (vector l / R,
     * segment l mod R). SEG_SPREAD at [(s L + v) L, ...) for the group's vector v < d: lane c takes G's unit
     * v R + c / d, the unit whose weight lane c holds.
     */
    private static final float[] SEG_DUP = segmentTable(0), SEG_UNITS = segmentTable(1), SEG_SPREAD = segmentTable(2);

    private static float[] segmentTable(int kind) {
        int L = S.length(), stages = Integer.numberOfTrailingZeros(L);
        float[] t = new float[(kind == 2 ? L : 1) * (stages + 1) * L];
        for (int s = 1; s <= stages; s++) {
            int d = 1 << s, r = L / d;
            for (int c = 0; c < L; c++) {
                if (kind == 0) t[s * L + c] = c % d;
                else if (kind == 1) t[s * L + c] = (c % r) * d + c / r;
                else for (int v = 0; v < d; v++) t[(s * L + v) * L + c] = v * r + c / d;
            }
        }
        return t;
    }

    /**
     * Why this form: with d below L, the usual form packed W^T by gathers and ran a GEMM of d inputs, and with few rows
     * the packing was most of the step (d=8 k=1024 batch 1: 7.9 us, ScalarKernel 21.5). Here W is read as it is:
     * one multiply a weight and a share of the fold's permutes.
     */
    @Override
    void forwardSegments(float[] w, int k, int d, int dp, float[] x, int xOff, int rows, int kp, float[] params,
                         int offB, int offA, float yInit, float slope, float[] z, float[] y, float[] scratch) {
        final int L = S.length();
        int s = Integer.numberOfTrailingZeros(dp), whole = k / L * L, tail = (k - whole) * dp;
        int top = LANE_BIT.length - 1;
        if (tail > 0) { // the last group's weights, zero past W's end (so its pad units' sums are 0)
            System.arraycopy(w, whole * dp, scratch, 0, tail);
            Arrays.fill(scratch, tail, L * dp, 0f);
        }
        VectorMask<Float> xin = VectorMask.fromLong(S, (1L << d) - 1), bit0 = VectorMask.fromLong(S, LANE_BIT[0]);
        VectorMask<Float> bit1 = VectorMask.fromLong(S, LANE_BIT[Math.min(1, top)]);
        VectorMask<Float> bit2 = VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0);
        FloatVector sw1 = FloatVector.fromArray(S, PAIR_SWAP, Math.min(1, top) * L);
        FloatVector sw2 = FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        FloatVector dup = FloatVector.fromArray(S, SEG_DUP, s * L), order = FloatVector.fromArray(S, SEG_UNITS, s * L);
        FloatVector zero = FloatVector.zero(S);
        for (int i = 0; i < rows; i++) {
            // x's d inputs in every segment of dp lanes, zero in its lanes past d
            FloatVector xx = dup.selectFrom(FloatVector.fromArray(S, x, xOff + i * d, xin)), acc = zero;
            for (int j = 0; j < kp; j += L) {
                boolean full = j < whole;
                float[] src = full ? w : scratch;
                int o = full ? j * dp : 0;
                FloatVector p0 = FloatVector.fromArray(S, src, o).mul(xx);
                FloatVector p1 = FloatVector.fromArray(S, src, o + L).mul(xx);
                FloatVector q = p0.blend(p1, bit0).add(sw0.selectFrom(p0, p1));
                if (dp > 2) {
                    FloatVector p2 = FloatVector.fromArray(S, src, o + 2 * L).mul(xx);
                    FloatVector p3 = FloatVector.fromArray(S, src, o + 3 * L).mul(xx);
                    FloatVector r = p2.blend(p3, bit0).add(sw0.selectFrom(p2, p3));
                    q = q.blend(r, bit1).add(sw1.selectFrom(q, r));
                    if (dp > 4) {
                        FloatVector p4 = FloatVector.fromArray(S, src, o + 4 * L).mul(xx);
                        FloatVector p5 = FloatVector.fromArray(S, src, o + 5 * L).mul(xx);
                        FloatVector p6 = FloatVector.fromArray(S, src, o + 6 * L).mul(xx);
                        FloatVector p7 = FloatVector.fromArray(S, src, o + 7 * L).mul(xx);
                        FloatVector u = p4.blend(p5, bit0).add(sw0.selectFrom(p4, p5));
                        FloatVector v = p6.blend(p7, bit0).add(sw0.selectFrom(p6, p7));
                        u = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                        q = q.blend(u, bit2).add(sw2.selectFrom(q, u));
                        if (dp > 8) { // one unit a vector (16 lanes): the second half of the group
                            FloatVector p8 = FloatVector.fromArray(S, src, o + 8 * L).mul(xx);
                            FloatVector p9 = FloatVector.fromArray(S, src, o + 9 * L).mul(xx);
                            FloatVector p10 = FloatVector.fromArray(S, src, o + 10 * L).mul(xx);
                            FloatVector p11 = FloatVector.fromArray(S, src, o + 11 * L).mul(xx);
                            FloatVector e = p8.blend(p9, bit0).add(sw0.selectFrom(p8, p9));
                            FloatVector f = p10.blend(p11, bit0).add(sw0.selectFrom(p10, p11));
                            e = e.blend(f, bit1).add(sw1.selectFrom(e, f));
                            FloatVector p12 = FloatVector.fromArray(S, src, o + 12 * L).mul(xx);
                            FloatVector p13 = FloatVector.fromArray(S, src, o + 13 * L).mul(xx);
                            FloatVector p14 = FloatVector.fromArray(S, src, o + 14 * L).mul(xx);
                            FloatVector p15 = FloatVector.fromArray(S, src, o + 15 * L).mul(xx);
                            FloatVector g = p12.blend(p13, bit0).add(sw0.selectFrom(p12, p13));
                            FloatVector h = p14.blend(p15, bit0).add(sw0.selectFrom(p14, p15));
                            g = g.blend(h, bit1).add(sw1.selectFrom(g, h));
                            e = e.blend(g, bit2).add(sw2.selectFrom(e, g));
                            q = q.blend(e, bit3).add(sw3.selectFrom(q, e));
                        }
                    }
                }
                // unit order; b and a straight from the parameters, the last group's masked (pads 0)
                FloatVector zv = order.selectFrom(q), a;
                if (full) {
                    if (offB >= 0) zv = FloatVector.fromArray(S, params, offB + j).add(zv);
                    a = FloatVector.fromArray(S, params, offA + j);
                } else {
                    VectorMask<Float> in = S.indexInRange(j, k);
                    if (offB >= 0) zv = FloatVector.fromArray(S, params, offB + j, in).add(zv);
                    a = FloatVector.fromArray(S, params, offA + j, in);
                }
                zv.intoArray(z, i * kp + j);
                acc = zv.blend(zv.mul(slope), zv.lt(0f)).fma(a, acc);
            }
            for (int b = 0; (1 << b) < L; b++)
                acc = FloatVector.fromArray(S, XOR_LANES, b * L).selectFrom(acc).add(acc);
            y[i] = acc.lane(0) + yInit;
        }
    }

    @Override
    void weightGradSegments(float[] x, int xOff, int rows, int d, int dp, float[] gp, int k, float[] grad,
                            float[] upd, float lr, float[] scratch) {
        final int L = S.length();
        int s = Integer.numberOfTrailingZeros(dp), whole = k / L * L, kp = (k + L - 1) / L * L;
        int tail = (k - whole) * dp;
        int gt = L * L, xs = 2 * L * L; // the last group's dW, then x repeated by rows
        VectorMask<Float> xin = VectorMask.fromLong(S, (1L << d) - 1);
        FloatVector dup = FloatVector.fromArray(S, SEG_DUP, s * L), zero = FloatVector.zero(S);
        FloatVector lrv = FloatVector.broadcast(S, lr);
        for (int i = 0; i < rows; i++)
            dup.selectFrom(FloatVector.fromArray(S, x, xOff + i * d, xin)).intoArray(scratch, xs + i * L);
        if (tail > 0 && upd != null) { // the last group's weights, stepped in the scratch and copied back
            System.arraycopy(upd, whole * dp, scratch, 0, tail);
            Arrays.fill(scratch, tail, L * dp, 0f);
        }
        if (dp > 8) {
            weightGradSegmentsWide(rows, gp, k, grad, upd, lr, scratch);
            return;
        }
        int sp = s * L * L; // vector v's spread at sp + v L; those past d are not read
        FloatVector sp0 = FloatVector.fromArray(S, SEG_SPREAD, sp), sp1 = FloatVector.fromArray(S, SEG_SPREAD, sp + L);
        FloatVector sp2 = dp > 2 ? FloatVector.fromArray(S, SEG_SPREAD, sp + 2 * L) : zero;
        FloatVector sp3 = dp > 2 ? FloatVector.fromArray(S, SEG_SPREAD, sp + 3 * L) : zero;
        FloatVector sp4 = dp > 4 ? FloatVector.fromArray(S, SEG_SPREAD, sp + 4 * L) : zero;
        FloatVector sp5 = dp > 4 ? FloatVector.fromArray(S, SEG_SPREAD, sp + 5 * L) : zero;
        FloatVector sp6 = dp > 4 ? FloatVector.fromArray(S, SEG_SPREAD, sp + 6 * L) : zero;
        FloatVector sp7 = dp > 4 ? FloatVector.fromArray(S, SEG_SPREAD, sp + 7 * L) : zero;
        for (int j = 0; j < kp; j += L) {
            FloatVector a0 = zero, a1 = zero, a2 = zero, a3 = zero, a4 = zero, a5 = zero, a6 = zero, a7 = zero;
            int go = j * rows; // G's panel of this group: row i at go + i L
            for (int i = 0; i < rows; i++) {
                FloatVector g = FloatVector.fromArray(S, gp, go + i * L);
                FloatVector xx = FloatVector.fromArray(S, scratch, xs + i * L);
                a0 = sp0.selectFrom(g).fma(xx, a0);
                a1 = sp1.selectFrom(g).fma(xx, a1);
                if (dp > 2) {
                    a2 = sp2.selectFrom(g).fma(xx, a2);
                    a3 = sp3.selectFrom(g).fma(xx, a3);
                    if (dp > 4) {
                        a4 = sp4.selectFrom(g).fma(xx, a4);
                        a5 = sp5.selectFrom(g).fma(xx, a5);
                        a6 = sp6.selectFrom(g).fma(xx, a6);
                        a7 = sp7.selectFrom(g).fma(xx, a7);
                    }
                }
            }
            boolean full = j < whole;
            float[] gd = full ? grad : scratch, up = full ? upd : scratch;
            int o = full ? j * dp : 0, og = full ? j * dp : gt;
            if (grad != null) {
                a0.intoArray(gd, og);
                a1.intoArray(gd, og + L);
                if (dp > 2) {
                    a2.intoArray(gd, og + 2 * L);
                    a3.intoArray(gd, og + 3 * L);
                    if (dp > 4) {
                        a4.intoArray(gd, og + 4 * L);
                        a5.intoArray(gd, og + 5 * L);
                        a6.intoArray(gd, og + 6 * L);
                        a7.intoArray(gd, og + 7 * L);
                    }
                }
                if (!full) System.arraycopy(scratch, gt, grad, j * dp, tail);
            }
            if (upd != null) { // Kernel.sgdUpdate's p - lr g, from the registers
                FloatVector.fromArray(S, up, o).sub(a0.mul(lrv)).intoArray(up, o);
                FloatVector.fromArray(S, up, o + L).sub(a1.mul(lrv)).intoArray(up, o + L);
                if (dp > 2) {
                    FloatVector.fromArray(S, up, o + 2 * L).sub(a2.mul(lrv)).intoArray(up, o + 2 * L);
                    FloatVector.fromArray(S, up, o + 3 * L).sub(a3.mul(lrv)).intoArray(up, o + 3 * L);
                    if (dp > 4) {
                        FloatVector.fromArray(S, up, o + 4 * L).sub(a4.mul(lrv)).intoArray(up, o + 4 * L);
                        FloatVector.fromArray(S, up, o + 5 * L).sub(a5.mul(lrv)).intoArray(up, o + 5 * L);
                        FloatVector.fromArray(S, up, o + 6 * L).sub(a6.mul(lrv)).intoArray(up, o + 6 * L);
                        FloatVector.fromArray(S, up, o + 7 * L).sub(a7.mul(lrv)).intoArray(up, o + 7 * L);
                    }
                }
                if (!full) System.arraycopy(scratch, 0, upd, j * dp, tail);
            }
        }
    }

    /**
     * weightGradSegments for rows of W padded to 16 floats, one unit a vector: each unit's dW from its g broadcast
     * (16 spread vectors and 16 sums would not fit the registers). The same sums, from zero in row order. The
     * scratch as weightGradSegments leaves it: the last group's W from 0, its dW from L^2, x by rows from 2 L^2.
     */
    private static void weightGradSegmentsWide(int rows, float[] gp, int k, float[] grad, float[] upd, float lr,
                                               float[] scratch) {
        final int L = S.length();
        int whole = k / L * L, kp = (k + L - 1) / L * L, tail = (k - whole) * L, gt = L * L, xs = 2 * L * L;
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        for (int j = 0; j < kp; j += L) {
            boolean full = j < whole;
            float[] gd = full ? grad : scratch, up = full ? upd : scratch;
            int o = full ? j * L : 0, og = full ? j * L : gt;
            for (int v = 0; v < L; v++) {
                int go = j * rows + v; // unit j + v's g, row i at go + i L
                FloatVector dw = zero;
                for (int i = 0; i < rows; i++) {
                    FloatVector xx = FloatVector.fromArray(S, scratch, xs + i * L);
                    dw = FloatVector.broadcast(S, gp[go + i * L]).fma(xx, dw);
                }
                if (grad != null) dw.intoArray(gd, og + v * L);
                if (upd != null) FloatVector.fromArray(S, up, o + v * L).sub(dw.mul(lrv)).intoArray(up, o + v * L);
            }
            if (!full && grad != null) System.arraycopy(scratch, gt, grad, j * L, tail);
            if (!full && upd != null) System.arraycopy(scratch, 0, upd, j * L, tail);
        }
    }

    /**
     * L/dp rows a vector: a load of their d-float rows, spread into their segments by one two-source permute (zeros
     * past d). Row by row (a masked load and a store a row), d=3 k=1024 took 1.1 us a copy, most of a batch-1 step.
     * With expand (and compress in unpadRows) d=6 k=1024 batch 1 took 2.42-2.51 us a step, with the permutes
     * 1.88-1.91 (JMH, the two alternated, one fork each).
     */
    @Override
    void padRows(float[] from, int k, int d, int dp, float[] to) {
        final int L = S.length();
        int r = L / dp, n = k * d;
        FloatVector idx = FloatVector.fromArray(S, PAD_ROWS, d * L), zero = FloatVector.zero(S);
        for (int u = 0; u < k; u += r) {
            int o = u * d;
            FloatVector v = o + L <= n ? FloatVector.fromArray(S, from, o)
                    : FloatVector.fromArray(S, from, o, VectorMask.fromLong(S, (1L << (n - o)) - 1));
            // lanes of rows past k are zeros: of the last load's zeros
            idx.selectFrom(v, zero).intoArray(to, u * dp);
        }
    }

    /** {@link #padRows} undone: each vector's rows packed into d-float rows by a permute, stored ascending (each
     * store's lanes past its rows are written over by the next), the stores that would pass W's end masked. */
    @Override
    void unpadRows(float[] from, int k, int d, int dp, float[] to) {
        final int L = S.length();
        int r = L / dp, n = k * d;
        FloatVector idx = FloatVector.fromArray(S, UNPAD_ROWS, d * L), zero = FloatVector.zero(S);
        for (int u = 0; u < k; u += r) {
            int o = u * d;
            FloatVector v = idx.selectFrom(FloatVector.fromArray(S, from, u * dp), zero);
            if (o + L <= n) v.intoArray(to, o);
            else v.intoArray(to, o, VectorMask.fromLong(S, (1L << (n - o)) - 1));
        }
    }

    /**
     * Two-source indices (the second source zero) per d < L at [d L, (d+1) L), dp = d rounded up to a power of two:
     * PAD_ROWS puts row q's weight p (lane q d + p) at lane q dp + p, zero past d; UNPAD_ROWS the reverse, zero past
     * the vector's rows.
     */
    private static final float[] PAD_ROWS = padTable(true), UNPAD_ROWS = padTable(false);

    private static float[] padTable(boolean pad) {
        int L = S.length();
        float[] t = new float[L * L];
        for (int d = 2; d < L; d++) {
            int dp = Integer.highestOneBit(d - 1) << 1, r = L / dp;
            for (int c = 0; c < L; c++)
                t[d * L + c] = pad ? (c % dp < d ? (c / dp) * d + c % dp : L) : (c < r * d ? (c / d) * dp + c % d : L);
        }
        return t;
    }

    // ---------------------------------------------------------------- one input, a few rows: vectors over units

    @Override
    void unitsOutput(float[] x, int xOff, int rows, float[] w, int k, int offB, int offA, float c, float slope,
                     float[] y) {
        final int L = S.length();
        int i = 2 * k <= L && L >= 8 ? unitsOutputPairs(x, xOff, rows, w, k, offB, offA, c, slope, y) : 0;
        for (; i + 4 <= rows; i += 4) unitsOutput4(x, xOff + i, w, k, offB, offA, c, slope, y, i);
        // the last 1-3 rows here rather than in a one-row method: called once a call after the four-row blocks, such
        // a method was once left as C1 code (which allocates its vectors) while its caller ran in C2 (AllocationTest,
        // 45 rows, about 1 run in 8). The same operations; the lane sum by the XOR_LANES tree.
        for (; i < rows; i++) {
            FloatVector x0 = FloatVector.broadcast(S, x[xOff + i]), y0 = FloatVector.zero(S);
            for (int j = 0; j < k; j += L) {
                VectorMask<Float> mk = S.indexInRange(j, k);
                boolean whole = j + L <= k; // plain loads, as in rowOutput1
                FloatVector wv = whole ? FloatVector.fromArray(S, w, j) : FloatVector.fromArray(S, w, j, mk);
                FloatVector av = whole ? FloatVector.fromArray(S, w, offA + j)
                        : FloatVector.fromArray(S, w, offA + j, mk);
                FloatVector bv = offB < 0 ? FloatVector.zero(S)
                        : whole ? FloatVector.fromArray(S, w, offB + j) : FloatVector.fromArray(S, w, offB + j, mk);
                FloatVector z0 = wv.fma(x0, bv);
                y0 = z0.blend(z0.mul(slope), z0.lt(0f)).fma(av, y0);
            }
            for (int b = 0; (4 << b) < L; b++) y0 = FloatVector.fromArray(S, XOR_LANES, b * L).selectFrom(y0).add(y0);
            y[i] = ((y0.lane(0) + y0.lane(2)) + (y0.lane(1) + y0.lane(3))) + c;
        }
    }

    @Override
    float unitsRow(float[] x, int xi, float t, float eScale, float[] w, int k, int offB, int offA, float c,
                   float slope, boolean trainA, float[] grad, float[] upd, float lr) {
        float xv = x[xi], y = rowOutput1(xv, w, k, offB, offA, c, slope);
        rowGrad1(xv, eScale * (y - t), w, k, offB, offA, slope, trainA, grad, upd, lr);
        return y;
    }

    /**
     * y of one row in the units form: one chain through the units, the lanes summed by the XOR_LANES tree, the
     * operations of unitsOutput's last rows (which keep their own loop: see there). Its own method, as is
     * {@link #rowGrad1}: the two in one ran C1 out of virtual registers at tier 3, and the method stayed as tier-2
     * code for good (d=1 k=256 batch 1: 7.5 us a step instead of 0.1).
     */
    private static float rowOutput1(float xv, float[] w, int k, int offB, int offA, float c, float slope) {
        final int L = S.length();
        FloatVector x0 = FloatVector.broadcast(S, xv), y0 = FloatVector.zero(S);
        for (int j = 0; j < k; j += L) {
            // whole vectors by plain loads, and a tail of half or a quarter of a vector too (see HALF): a masked
            // load waits for the last step's stores to reach the cache (1.3x a step at k=64..256). The tests of
            // LANES drop those blocks where they do not apply (see LANES); the casts give C2 the class of the merged
            // vectors (see the class comment)
            int t = k - j;
            boolean whole = t >= L, half = t == L / 2, quarter = t == L / 4;
            VectorMask<Float> mk = S.indexInRange(j, k);
            FloatVector wv, av, bv;
            if (whole) {
                wv = FloatVector.fromArray(S, w, j);
                av = FloatVector.fromArray(S, w, offA + j);
                bv = offB < 0 ? FloatVector.zero(S) : FloatVector.fromArray(S, w, offB + j);
            } else if (LANES >= 8 && half) {
                wv = (FloatVector) FloatVector.fromArray(HALF, w, j).reinterpretShape(S, 0);
                av = (FloatVector) FloatVector.fromArray(HALF, w, offA + j).reinterpretShape(S, 0);
                bv = offB < 0 ? FloatVector.zero(S)
                        : (FloatVector) FloatVector.fromArray(HALF, w, offB + j).reinterpretShape(S, 0);
            } else if (LANES >= 16 && quarter) {
                wv = (FloatVector) FloatVector.fromArray(QUARTER, w, j).reinterpretShape(S, 0);
                av = (FloatVector) FloatVector.fromArray(QUARTER, w, offA + j).reinterpretShape(S, 0);
                bv = offB < 0 ? FloatVector.zero(S)
                        : (FloatVector) FloatVector.fromArray(QUARTER, w, offB + j).reinterpretShape(S, 0);
            } else {
                wv = FloatVector.fromArray(S, w, j, mk);
                av = FloatVector.fromArray(S, w, offA + j, mk);
                bv = offB < 0 ? FloatVector.zero(S) : FloatVector.fromArray(S, w, offB + j, mk);
            }
            if (LANES >= 8) { // merged with the narrower loads (none at 4 lanes)
                wv = VCLASS.cast(wv);
                av = VCLASS.cast(av);
                bv = VCLASS.cast(bv);
            }
            FloatVector z0 = wv.fma(x0, bv);
            y0 = z0.blend(z0.mul(slope), z0.lt(0f)).fma(av, y0);
        }
        if (L > 4) y0 = y0.rearrange(UPPER_HALF).add(y0); // XOR_LANES' stages but the last two
        if (L > 8) y0 = y0.rearrange(XOR_STAGE1).add(y0);
        return ((y0.lane(0) + y0.lane(2)) + (y0.lane(1) + y0.lane(3))) + c;
    }

    /** unitsGrad's operations for one row (each sum is its first term added to zero), dLoss/dy {@code e}. */
    private static void rowGrad1(float xv, float e, float[] w, int k, int offB, int offA, float slope,
                                 boolean trainA, float[] grad, float[] upd, float lr) {
        final int L = S.length();
        FloatVector x0 = FloatVector.broadcast(S, xv), ei = FloatVector.broadcast(S, e), zero = FloatVector.zero(S);
        for (int j = 0; j < k; j += L) {
            VectorMask<Float> mk = S.indexInRange(j, k);
            int t = k - j; // plain loads and stores, as in rowOutput1
            boolean whole = t >= L, half = t == L / 2, quarter = t == L / 4;
            FloatVector wv, av, bv;
            if (whole) {
                wv = FloatVector.fromArray(S, w, j);
                av = FloatVector.fromArray(S, w, offA + j);
                bv = offB < 0 ? zero : FloatVector.fromArray(S, w, offB + j);
            } else if (LANES >= 8 && half) {
                wv = (FloatVector) FloatVector.fromArray(HALF, w, j).reinterpretShape(S, 0);
                av = (FloatVector) FloatVector.fromArray(HALF, w, offA + j).reinterpretShape(S, 0);
                bv = offB < 0 ? zero : (FloatVector) FloatVector.fromArray(HALF, w, offB + j).reinterpretShape(S, 0);
            } else if (LANES >= 16 && quarter) {
                wv = (FloatVector) FloatVector.fromArray(QUARTER, w, j).reinterpretShape(S, 0);
                av = (FloatVector) FloatVector.fromArray(QUARTER, w, offA + j).reinterpretShape(S, 0);
                bv = offB < 0 ? zero : (FloatVector) FloatVector.fromArray(QUARTER, w, offB + j).reinterpretShape(S, 0);
            } else {
                wv = FloatVector.fromArray(S, w, j, mk);
                av = FloatVector.fromArray(S, w, offA + j, mk);
                bv = offB < 0 ? zero : FloatVector.fromArray(S, w, offB + j, mk);
            }
            if (LANES >= 8) { // merged with the narrower loads (none at 4 lanes)
                wv = VCLASS.cast(wv);
                av = VCLASS.cast(av);
                bv = VCLASS.cast(bv);
            }
            FloatVector z = wv.fma(x0, bv);
            FloatVector dA = trainA ? z.blend(z.mul(slope), z.lt(0f)).fma(ei, zero) : zero;
            VectorMask<Float> off = z.compare(VectorOperators.LE, 0f);
            // with slope 0, (a * slope) * e is bitwise (a * e) * slope (a signed zero, or the same NaN), and a's
            // blend no longer waits for e: one multiply and a blend less on the step's chain
            FloatVector g = slope == 0f ? av.blend(av.mul(slope), off).mul(ei) : av.mul(ei);
            if (slope != 0f) g = g.blend(g.mul(slope), off);
            FloatVector dB = zero.add(g), dW = g.fma(x0, zero);
            if (grad != null) {
                if (whole) {
                    dW.intoArray(grad, j);
                    if (offB >= 0) dB.intoArray(grad, offB + j);
                    dA.intoArray(grad, offA + j); // zeros when A is fixed
                } else {
                    dW.intoArray(grad, j, mk);
                    if (offB >= 0) dB.intoArray(grad, offB + j, mk);
                    dA.intoArray(grad, offA + j, mk);
                }
            }
            if (upd != null) {
                FloatVector w1 = wv.sub(dW.mul(lr)), b1 = bv.sub(dB.mul(lr)), a1 = av.sub(dA.mul(lr));
                if (whole) {
                    w1.intoArray(upd, j);
                    if (offB >= 0) b1.intoArray(upd, offB + j);
                    if (trainA) a1.intoArray(upd, offA + j);
                } else if (LANES >= 8 && half) {
                    HCLASS.cast(w1.reinterpretShape(HALF, 0)).intoArray(upd, j);
                    if (offB >= 0) HCLASS.cast(b1.reinterpretShape(HALF, 0)).intoArray(upd, offB + j);
                    if (trainA) HCLASS.cast(a1.reinterpretShape(HALF, 0)).intoArray(upd, offA + j);
                } else if (LANES >= 16 && quarter) {
                    QCLASS.cast(w1.reinterpretShape(QUARTER, 0)).intoArray(upd, j);
                    if (offB >= 0) QCLASS.cast(b1.reinterpretShape(QUARTER, 0)).intoArray(upd, offB + j);
                    if (trainA) QCLASS.cast(a1.reinterpretShape(QUARTER, 0)).intoArray(upd, offA + j);
                } else {
                    w1.intoArray(upd, j, mk);
                    if (offB >= 0) b1.intoArray(upd, offB + j, mk);
                    if (trainA) a1.intoArray(upd, offA + j, mk);
                }
            }
        }
    }

    /** Rows i .. i+3: four independent chains through the units, each vector of w, b, a loaded once for all four. */
    private static void unitsOutput4(float[] x, int xi, float[] w, int k, int offB, int offA, float c, float slope,
                                     float[] y, int i) {
        final int L = S.length();
        FloatVector x0 = FloatVector.broadcast(S, x[xi]), x1 = FloatVector.broadcast(S, x[xi + 1]);
        FloatVector x2 = FloatVector.broadcast(S, x[xi + 2]), x3 = FloatVector.broadcast(S, x[xi + 3]);
        FloatVector y0 = FloatVector.zero(S), y1 = y0, y2 = y0, y3 = y0;
        for (int j = 0; j < k; j += L) {
            VectorMask<Float> mk = S.indexInRange(j, k); // past k: w = b = a = 0, so the lanes add 0
            boolean whole = j + L <= k; // plain loads, as in rowOutput1
            FloatVector wv = whole ? FloatVector.fromArray(S, w, j) : FloatVector.fromArray(S, w, j, mk);
            FloatVector av = whole ? FloatVector.fromArray(S, w, offA + j) : FloatVector.fromArray(S, w, offA + j, mk);
            FloatVector bv = offB < 0 ? FloatVector.zero(S)
                    : whole ? FloatVector.fromArray(S, w, offB + j) : FloatVector.fromArray(S, w, offB + j, mk);
            FloatVector z0 = wv.fma(x0, bv), z1 = wv.fma(x1, bv), z2 = wv.fma(x2, bv), z3 = wv.fma(x3, bv);
            y0 = z0.blend(z0.mul(slope), z0.lt(0f)).fma(av, y0);
            y1 = z1.blend(z1.mul(slope), z1.lt(0f)).fma(av, y1);
            y2 = z2.blend(z2.mul(slope), z2.lt(0f)).fma(av, y2);
            y3 = z3.blend(z3.mul(slope), z3.lt(0f)).fma(av, y3);
        }
        // the four rows' lane sums here, as laneSums4 takes them, not by a call: where C2 had compiled a helper that
        // took the four sums as arguments on its own first, too big then to inline, the sums crossed the call boxed,
        // on every call (AllocationTest's d=1 k=8 33 rows at 256 bits, 3 JVMs of 16 without receiver profiles)
        VectorMask<Float> hi = VectorMask.fromLong(S, HALF_HI), qhi = VectorMask.fromLong(S, QUARTER_HI);
        FloatVector x0h = FloatVector.fromArray(S, XOR_LANES, 0), x0q = FloatVector.fromArray(S, XOR_LANES, L);
        FloatVector u01 = y0.blend(y1, hi).add(x0h.selectFrom(y1.blend(y0, hi)));
        FloatVector u23 = y2.blend(y3, hi).add(x0h.selectFrom(y3.blend(y2, hi)));
        FloatVector v = u01.blend(u23, qhi).add(x0q.selectFrom(u23.blend(u01, qhi)));
        for (int b = 2; (1 << b) < L; b++) v = FloatVector.fromArray(S, XOR_LANES, b * L).selectFrom(v).add(v);
        int h = L / 2, q = L / 4;
        y[i] = v.lane(0) + c;
        y[i + 1] = v.lane(h) + c;
        y[i + 2] = v.lane(q) + c;
        y[i + 3] = v.lane(h + q) + c;
    }

    /**
     * y[i + r] = c + the lanes of the vector at {@code sums[rL .. (r+1)L)} summed, for the first {@code n} of four
     * rows r. The four sums at once (four one-vector lane-sum calls overran C2's inlining budget, and the vectors were
     * boxed): the first stage puts rows 0 and 1 (2 and 3) into the low and high halves of one vector, the second rows
     * 0, 1 and 2, 3 into alternate quarters; the other stages add within the quarters. Each row's total is bitwise the
     * one-row sum's (XOR_LANES): every lane of a pairwise xor tree ends with the same sums. The vectors are loaded
     * here, so that none crosses the call, which C2 does not always inline: columnsOutput passed the four loads as
     * arguments, and in about 1 JVM in 8 they were boxed on every call (AllocationTest's d=3 k=20 45 rows at 128
     * bits: 2.3 KB a call). unitsOutput4 does the same steps in line.
     */
    private static void laneSums4(float[] sums, float c, float[] y, int i, int n) {
        final int L = S.length(), h = L / 2, q = L / 4;
        FloatVector y0 = FloatVector.fromArray(S, sums, 0), y1 = FloatVector.fromArray(S, sums, L);
        FloatVector y2 = FloatVector.fromArray(S, sums, 2 * L), y3 = FloatVector.fromArray(S, sums, 3 * L);
        VectorMask<Float> hi = VectorMask.fromLong(S, HALF_HI), qhi = VectorMask.fromLong(S, QUARTER_HI);
        FloatVector x0h = FloatVector.fromArray(S, XOR_LANES, 0), x0q = FloatVector.fromArray(S, XOR_LANES, L);
        FloatVector u01 = y0.blend(y1, hi).add(x0h.selectFrom(y1.blend(y0, hi)));
        FloatVector u23 = y2.blend(y3, hi).add(x0h.selectFrom(y3.blend(y2, hi)));
        FloatVector v = u01.blend(u23, qhi).add(x0q.selectFrom(u23.blend(u01, qhi)));
        for (int b = 2; (1 << b) < L; b++) v = FloatVector.fromArray(S, XOR_LANES, b * L).selectFrom(v).add(v);
        y[i] = v.lane(0) + c;
        if (n > 1) y[i + 1] = v.lane(h) + c;
        if (n > 2) y[i + 2] = v.lane(q) + c;
        if (n > 3) y[i + 3] = v.lane(h + q) + c;
    }

    /**
     * k <= L/2 (L >= 8): two rows a vector (low and high half), eight rows a block, stored at once; returns the rows
     * done (whole blocks). At k=8 batch 32 the four-row blocks took 130 ns of a 215 ns step, most of it lane sums
     * and one-lane stores; these take 46. Each row's total is bitwise the one-row sum's: that tree's first stage
     * adds the empty high half (+0, and no lane holds -0 after fma(h, a, +0)), and its other stages run within each
     * half here.
     */
    private static int unitsOutputPairs(float[] x, int xOff, int rows, float[] w, int k, int offB, int offA, float c,
                                        float slope, float[] y) {
        final int L = S.length();
        VectorMask<Float> mk = S.indexInRange(0, k), hi = VectorMask.fromLong(S, HALF_HI);
        VectorMask<Float> qhi = VectorMask.fromLong(S, QUARTER_HI), ehi = VectorMask.fromLong(S, EIGHTH_HI);
        FloatVector dup = FloatVector.fromArray(S, DUP_HALF, 0), zero = FloatVector.zero(S);
        FloatVector wv = dup.selectFrom(FloatVector.fromArray(S, w, 0, mk));
        FloatVector av = dup.selectFrom(FloatVector.fromArray(S, w, offA, mk));
        FloatVector bv = offB < 0 ? zero : dup.selectFrom(FloatVector.fromArray(S, w, offB, mk));
        FloatVector xq = FloatVector.fromArray(S, XOR_LANES, L), xe = FloatVector.fromArray(S, XOR_LANES, 2 * L);
        FloatVector rowLanes = FloatVector.fromArray(S, PAIR_LANES, 0), cv = FloatVector.broadcast(S, c);
        VectorMask<Float> eight = S.indexInRange(0, 8);
        int i = 0;
        for (; i + 8 <= rows; i += 8) {
            int xi = xOff + i;
            FloatVector x0 = FloatVector.broadcast(S, x[xi]).blend(FloatVector.broadcast(S, x[xi + 1]), hi);
            FloatVector x1 = FloatVector.broadcast(S, x[xi + 2]).blend(FloatVector.broadcast(S, x[xi + 3]), hi);
            FloatVector x2 = FloatVector.broadcast(S, x[xi + 4]).blend(FloatVector.broadcast(S, x[xi + 5]), hi);
            FloatVector x3 = FloatVector.broadcast(S, x[xi + 6]).blend(FloatVector.broadcast(S, x[xi + 7]), hi);
            FloatVector z0 = wv.fma(x0, bv), z1 = wv.fma(x1, bv), z2 = wv.fma(x2, bv), z3 = wv.fma(x3, bv);
            FloatVector p0 = z0.blend(z0.mul(slope), z0.lt(0f)).fma(av, zero);
            FloatVector p1 = z1.blend(z1.mul(slope), z1.lt(0f)).fma(av, zero);
            FloatVector p2 = z2.blend(z2.mul(slope), z2.lt(0f)).fma(av, zero);
            FloatVector p3 = z3.blend(z3.mul(slope), z3.lt(0f)).fma(av, zero);
            // as unitsOutput4's stages, one level down: quarters pair p0/p1 and p2/p3, eighths the two pairs
            FloatVector u01 = p0.blend(p1, qhi).add(xq.selectFrom(p1.blend(p0, qhi)));
            FloatVector u23 = p2.blend(p3, qhi).add(xq.selectFrom(p3.blend(p2, qhi)));
            FloatVector v = u01.blend(u23, ehi).add(xe.selectFrom(u23.blend(u01, ehi)));
            for (int b = 3; (1 << b) < L; b++)
                v = FloatVector.fromArray(S, XOR_LANES, b * L).selectFrom(v).add(v);
            rowLanes.selectFrom(v).add(cv).intoArray(y, i, eight);
        }
        return i;
    }

    /**
     * Lanes whose index has bit L/2 set (the high half), bit L/4 set (alternate quarters), and bit L/8 set (alternate
     * eighths; none at L=4).
     */
    private static final long HALF_HI = laneBits(S.length() / 2), QUARTER_HI = laneBits(S.length() / 4);
    private static final long EIGHTH_HI = laneBits(S.length() / 8);

    /** Lane l takes lane l mod L/2: a half's values in both halves. */
    private static final float[] DUP_HALF = new float[S.length()];
    /** unitsOutputPairs: lane r takes row r's total (row 2v + h of vector v and half h, v = 0..3), lanes past 8 0. */
    private static final float[] PAIR_LANES = new float[S.length()];
    static {
        int L = S.length();
        for (int l = 0; l < L; l++) DUP_HALF[l] = l % (L / 2);
        for (int r = 0; r < Math.min(8, L); r++)
            PAIR_LANES[r] = (r & 1) * (L / 2) + ((r >> 1) & 1) * (L / 4) + (r >> 2) * (L / 8);
    }

    private static long laneBits(int bit) {
        long m = 0;
        for (int l = 0; l < S.length(); l++) if ((l & bit) != 0) m |= 1L << l;
        return m;
    }

    /**
     * Index vectors of the units form's lane sums, log2(L) fixed pairwise stages: stage b maps lane l to lane
     * l ^ (L >> (b + 1)), and each stage adds the mapped vector. A fixed order, which reduceLanes(ADD) does not
     * promise (the interpreter and C2 differ), without a round trip through memory. Where one sum is wanted (lane 0),
     * the last two stages are scalar adds of lanes 0-3, {@code (l0 + l2) + (l1 + l3)}: the same operands in the same
     * order as the tree's lane 0, so the same bits, without two permutes on a batch-1 step's chain (in-JVM, d=1 k=64
     * one-row steps: 39.9 -> 37.9 ns, medians of 12 JVMs).
     */
    private static final float[] XOR_LANES = xorLanes();

    /**
     * XOR_LANES' second stage as a constant shuffle, lane l to l ^ L/4 (the first is UPPER_HALF), for the one-row
     * sums (rowOutput1, rowOutput, dotRowOutput): their permutes take the indices as they are, where selectFrom of an
     * index vector loaded from XOR_LANES converted its floats to ints and checked their range on every call, in a
     * loop C2 did not unroll (PrintAssembly, dotRowOutput and rowOutput1 at d=64 k=8 and d=1 k=64).
     */
    private static final VectorShuffle<Float> XOR_STAGE1 = VectorShuffle.fromOp(S, l -> l ^ (S.length() / 4));

    private static float[] xorLanes() {
        int L = S.length(), stages = Integer.numberOfTrailingZeros(L);
        float[] t = new float[stages * L];
        for (int b = 0; b < stages; b++)
            for (int l = 0; l < L; l++) t[b * L + l] = l ^ (L >> (b + 1));
        return t;
    }

    /**
     * Units j .. j+L at a time: dW, db and dA summed over the rows in registers (z recomputed as unitsOutput does).
     * One method with the loop inside: a helper per vector of units that took its mask as an argument was not
     * inlined, and the mask was boxed (allocation, 3.8 us a step at k=4096).
     */
    @Override
    void unitsGrad(float[] x, int xOff, int rows, float[] e, float[] w, int k, int offB, int offA, float slope,
                   boolean trainA, float[] grad, float[] upd, float lr, float[] tail) {
        final int L = S.length();
        if (2 * k <= L && rows > 1) { // one row: the same work plus the halves' sums
            unitsGradPairs(x, xOff, rows, e, w, k, offB, offA, slope, trainA, grad, upd, lr);
            return;
        }
        for (int j = 0; j < k; j += L) {
            VectorMask<Float> mk = S.indexInRange(j, k);
            boolean whole = j + L <= k; // plain loads, as in rowOutput1
            FloatVector wv = whole ? FloatVector.fromArray(S, w, j) : FloatVector.fromArray(S, w, j, mk);
            FloatVector av = whole ? FloatVector.fromArray(S, w, offA + j) : FloatVector.fromArray(S, w, offA + j, mk);
            FloatVector bv = offB < 0 ? FloatVector.zero(S)
                    : whole ? FloatVector.fromArray(S, w, offB + j) : FloatVector.fromArray(S, w, offB + j, mk);
            FloatVector dA = FloatVector.zero(S), dB = dA, dW = dA;
            for (int i = 0; i < rows; i++) {
                FloatVector xi = FloatVector.broadcast(S, x[xOff + i]), ei = FloatVector.broadcast(S, e[i]);
                FloatVector z = wv.fma(xi, bv);
                if (trainA) dA = z.blend(z.mul(slope), z.lt(0f)).fma(ei, dA);
                FloatVector g = av.mul(ei);
                g = g.blend(g.mul(slope), z.compare(VectorOperators.LE, 0f));
                dB = VCLASS.cast(dB).add(g);
                dW = g.fma(xi, dW);
            }
            if (whole) {
                if (grad != null) {
                    dW.intoArray(grad, j);
                    if (offB >= 0) dB.intoArray(grad, offB + j);
                    dA.intoArray(grad, offA + j); // zeros when A is fixed
                }
                if (upd != null) {
                    // w, b and a of these units were all read above: each parameter is updated after its last use
                    wv.sub(dW.mul(lr)).intoArray(upd, j);
                    if (offB >= 0) bv.sub(dB.mul(lr)).intoArray(upd, offB + j);
                    if (trainA) av.sub(dA.mul(lr)).intoArray(upd, offA + j);
                }
                continue;
            }
            // the sums stored whole and their lanes below k copied, as in columnsHidden: no masked store while they
            // are live (the same p - lr g, in scalars)
            dW.intoArray(tail, 0);
            dB.intoArray(tail, L);
            dA.intoArray(tail, 2 * L);
            tailLanes(tail, 0, k - j, grad, upd, w, j, j, lr);
            if (offB >= 0) tailLanes(tail, L, k - j, grad, upd, w, offB + j, offB + j, lr);
            tailLanes(tail, 2 * L, k - j, grad, trainA ? upd : null, w, offA + j, offA + j, lr);
        }
    }

    /**
     * unitsGrad for k <= L/2: two rows a vector (even rows in the low half, odd in the high), so half the vector work
     * and two chains through the sums; the halves are added once at the end.
     */
    private static void unitsGradPairs(float[] x, int xOff, int rows, float[] e, float[] w, int k, int offB, int offA,
                                       float slope, boolean trainA, float[] grad, float[] upd, float lr) {
        VectorMask<Float> mk = S.indexInRange(0, k), hi = VectorMask.fromLong(S, HALF_HI);
        FloatVector dup = FloatVector.fromArray(S, DUP_HALF, 0), zero = FloatVector.zero(S);
        FloatVector wv = dup.selectFrom(FloatVector.fromArray(S, w, 0, mk));
        FloatVector av = dup.selectFrom(FloatVector.fromArray(S, w, offA, mk));
        FloatVector bv = offB < 0 ? zero : dup.selectFrom(FloatVector.fromArray(S, w, offB, mk));
        FloatVector dA = zero, dB = zero, dW = zero;
        for (int i = 0; i < rows; i += 2) {
            // an odd last row: its x again in the high half, with e = 0 there (adds only zeros)
            boolean pair = i + 1 < rows;
            float x1 = x[xOff + (pair ? i + 1 : i)], e1 = pair ? e[i + 1] : 0f;
            FloatVector xi = FloatVector.broadcast(S, x[xOff + i]).blend(FloatVector.broadcast(S, x1), hi);
            FloatVector ei = FloatVector.broadcast(S, e[i]).blend(FloatVector.broadcast(S, e1), hi);
            FloatVector z = wv.fma(xi, bv);
            if (trainA) dA = z.blend(z.mul(slope), z.lt(0f)).fma(ei, dA);
            FloatVector g = av.mul(ei);
            g = g.blend(g.mul(slope), z.compare(VectorOperators.LE, 0f));
            dB = VCLASS.cast(dB).add(g);
            dW = g.fma(xi, dW);
        }
        FloatVector swap = FloatVector.fromArray(S, XOR_LANES, 0); // lane l <- lane l ^ L/2
        dA = dA.add(swap.selectFrom(dA));
        dB = dB.add(swap.selectFrom(dB));
        dW = dW.add(swap.selectFrom(dW));
        if (grad != null) {
            dW.intoArray(grad, 0, mk);
            if (offB >= 0) dB.intoArray(grad, offB, mk);
            dA.intoArray(grad, offA, mk); // zeros when A is fixed
        }
        if (upd != null) {
            // the low half of wv, bv, av is w, b, a: each parameter is updated after its last use
            wv.sub(dW.mul(lr)).intoArray(upd, 0, mk);
            if (offB >= 0) bv.sub(dB.mul(lr)).intoArray(upd, offB, mk);
            if (trainA) av.sub(dA.mul(lr)).intoArray(upd, offA, mk);
        }
    }

    // ---------------------------------------------------------------- 2 to 4 inputs, a few rows: vectors over units

    /**
     * Each group of L units: its rows of W are d vectors from j d (the last group's masked, zeros past W), and each
     * column one or two two-source permutes of them (and a blend). Gathers took 33 cycles a column (Zen 5).
     */
    @Override
    void packColumns(float[] w, int k, int d, int kp, float[] wt, int wtOff) {
        final int L = S.length(), n = k * d, t = COLUMN_PACK_AT[d];
        FloatVector zero = FloatVector.zero(S);
        for (int j = 0; j < kp; j += L) {
            int o = j * d;
            FloatVector v0 = o + L <= n ? FloatVector.fromArray(S, w, o) : FloatVector.fromArray(S, w, o,
                    S.indexInRange(o, n));
            FloatVector v1 = o + 2 * L <= n ? FloatVector.fromArray(S, w, o + L) : FloatVector.fromArray(S, w, o + L,
                    S.indexInRange(o + L, n));
            FloatVector v2 = d < 3 ? zero : FloatVector.fromArray(S, w, o + 2 * L, S.indexInRange(o + 2 * L, n));
            FloatVector v3 = d < 4 ? zero : FloatVector.fromArray(S, w, o + 3 * L, S.indexInRange(o + 3 * L, n));
            for (int p = 0; p < d; p++) {
                FloatVector c = FloatVector.fromArray(S, COLUMN_INDEX, 2 * (t + p) * L).selectFrom(v0, v1);
                if (d > 2) c = c.blend(FloatVector.fromArray(S, COLUMN_INDEX, (2 * (t + p) + 1) * L).selectFrom(v2, v3),
                        VectorMask.fromLong(S, COLUMN_HIGH[t + p]));
                c.intoArray(wt, wtOff + p * kp + j);
            }
        }
    }

    /**
     * Each block of four rows leaves its sums in the scratch for laneSums4, called here: inlined into columnsOutput4,
     * it took C2 past NodeCountInliningCutoff at d = 4, and its vector arguments were boxed (19 KB a step). The form
     * of laneSums4 that loads them itself: see there.
     */
    @Override
    void columnsOutput(float[] x, int xOff, int rows, int d, float[] wt, int wtOff, int kp, float[] bp, float[] ap,
                       float c, float slope, float[] y, float[] scratch) {
        final int L = S.length();
        for (int i = 0; i < rows; i += 4) {
            columnsOutput4(x, xOff, rows, i, d, wt, wtOff, kp, bp, ap, slope, scratch);
            laneSums4(scratch, c, y, i, Math.min(4, rows - i));
        }
    }

    /**
     * Rows i .. i+3 (those below {@code rows}; the others repeat the last row's x): four independent chains through
     * the units, each vector of W^T, b and a loaded once for all four, their sums (L lanes a row) into {@code sums}.
     * Inputs 2 and 3 by tests of d, not a loop: a loop of a few turns, as C2 compiles it, took twice the time of the
     * rest of the pass (d=2 k=1024, 4 rows by 64 groups: 4.1 ns against 2.2 a group).
     */
    private static void columnsOutput4(float[] x, int xOff, int rows, int i, int d, float[] wt, int wtOff, int kp,
                                       float[] bp, float[] ap, float slope, float[] sums) {
        final int L = S.length();
        int last = rows - 1, x0 = xOff + i * d, x1 = xOff + Math.min(i + 1, last) * d;
        int x2 = xOff + Math.min(i + 2, last) * d, x3 = xOff + Math.min(i + 3, last) * d;
        FloatVector zero = FloatVector.zero(S), y0 = zero, y1 = zero, y2 = zero, y3 = zero;
        FloatVector x00 = FloatVector.broadcast(S, x[x0]), x01 = FloatVector.broadcast(S, x[x0 + 1]);
        FloatVector x10 = FloatVector.broadcast(S, x[x1]), x11 = FloatVector.broadcast(S, x[x1 + 1]);
        FloatVector x20 = FloatVector.broadcast(S, x[x2]), x21 = FloatVector.broadcast(S, x[x2 + 1]);
        FloatVector x30 = FloatVector.broadcast(S, x[x3]), x31 = FloatVector.broadcast(S, x[x3 + 1]);
        for (int j = 0; j < kp; j += L) { // kp: k rounded up to L
            FloatVector av = FloatVector.fromArray(S, ap, j), bv = FloatVector.fromArray(S, bp, j); // past k: 0
            int col = wtOff + j;
            FloatVector w0 = FloatVector.fromArray(S, wt, col), w1 = FloatVector.fromArray(S, wt, col + kp);
            FloatVector z0 = w1.fma(x01, w0.fma(x00, bv)), z1 = w1.fma(x11, w0.fma(x10, bv));
            FloatVector z2 = w1.fma(x21, w0.fma(x20, bv)), z3 = w1.fma(x31, w0.fma(x30, bv));
            if (d > 2) {
                FloatVector w2 = FloatVector.fromArray(S, wt, col + 2 * kp);
                z0 = w2.fma(FloatVector.broadcast(S, x[x0 + 2]), z0);
                z1 = w2.fma(FloatVector.broadcast(S, x[x1 + 2]), z1);
                z2 = w2.fma(FloatVector.broadcast(S, x[x2 + 2]), z2);
                z3 = w2.fma(FloatVector.broadcast(S, x[x3 + 2]), z3);
            }
            if (d > 3) {
                FloatVector w3 = FloatVector.fromArray(S, wt, col + 3 * kp);
                z0 = w3.fma(FloatVector.broadcast(S, x[x0 + 3]), z0);
                z1 = w3.fma(FloatVector.broadcast(S, x[x1 + 3]), z1);
                z2 = w3.fma(FloatVector.broadcast(S, x[x2 + 3]), z2);
                z3 = w3.fma(FloatVector.broadcast(S, x[x3 + 3]), z3);
            }
            y0 = z0.blend(z0.mul(slope), z0.lt(0f)).fma(av, y0);
            y1 = z1.blend(z1.mul(slope), z1.lt(0f)).fma(av, y1);
            y2 = z2.blend(z2.mul(slope), z2.lt(0f)).fma(av, y2);
            y3 = z3.blend(z3.mul(slope), z3.lt(0f)).fma(av, y3);
        }
        y0.intoArray(sums, 0);
        y1.intoArray(sums, L);
        y2.intoArray(sums, 2 * L);
        y3.intoArray(sums, 3 * L);
    }

    /**
     * By vectors of L units, two methods a vector: in one, the method was too large for C1's tier 3 (out of virtual
     * registers), stayed as tier-2 code and allocated its vectors (d=2 k=64 batch 32: 55 us a step).
     */
    @Override
    void columnsGrad(float[] x, int xOff, int rows, int d, float[] e, float[] wt, int wtOff, int kp, float[] bp,
                     float[] ap, int k, int offB, int offA, float slope, boolean trainA, float[] grad, float[] upd,
                     float lr, float[] scratch) {
        final int L = S.length();
        for (int j = 0; j < k; j += L) {
            columnsHidden(x, xOff, rows, d, e, wt, wtOff + j, kp, bp, ap, j, k, offB, offA, slope, trainA, grad, upd,
                    lr, scratch);
            columnsWeightStep(scratch, d, j * d, k * d, grad, upd, lr);
        }
    }

    /**
     * Units j .. j+L of columnsGrad: z recomputed as columnsOutput computes it; dA, db and dW (the d columns of dW^T)
     * summed over the rows in registers. dW^T into the scratch (d x L), dA and db into grad and (with upd) stepped.
     * No masked loads or stores: where the Vector API's masked access checks its bounds, the path holds calls (kept or
     * pruned by C2 as the shared methods' profiles stand when it compiles), and a vector summed round the loop and live
     * across such a call was boxed every row (d=2 k=300 on two threads at 256 bits: 0.55 MB a call in a third of JVMs).
     * So b and a come padded (bp, ap), and the units past a vector's end go through the scratch.
     */
    private static void columnsHidden(float[] x, int xOff, int rows, int d, float[] e, float[] wt, int col, int kp,
                                      float[] bp, float[] ap, int j, int k, int offB, int offA, float slope,
                                      boolean trainA, float[] grad, float[] upd, float lr, float[] scratch) {
        final int L = S.length();
        FloatVector zero = FloatVector.zero(S);
        FloatVector av = FloatVector.fromArray(S, ap, j), bv = FloatVector.fromArray(S, bp, j); // past k: 0
        FloatVector w0 = FloatVector.fromArray(S, wt, col), w1 = FloatVector.fromArray(S, wt, col + kp);
        FloatVector w2 = d > 2 ? FloatVector.fromArray(S, wt, col + 2 * kp) : zero;
        FloatVector w3 = d > 3 ? FloatVector.fromArray(S, wt, col + 3 * kp) : zero;
        FloatVector dA = zero, dB = zero, dW0 = zero, dW1 = zero, dW2 = zero, dW3 = zero;
        for (int i = 0; i < rows; i++) {
            int xi = xOff + i * d;
            FloatVector xi0 = FloatVector.broadcast(S, x[xi]), xi1 = FloatVector.broadcast(S, x[xi + 1]);
            FloatVector xi2 = d > 2 ? FloatVector.broadcast(S, x[xi + 2]) : zero;
            FloatVector xi3 = d > 3 ? FloatVector.broadcast(S, x[xi + 3]) : zero;
            FloatVector z = w1.fma(xi1, w0.fma(xi0, bv));
            if (d > 2) z = w2.fma(xi2, z);
            if (d > 3) z = w3.fma(xi3, z);
            FloatVector ei = FloatVector.broadcast(S, e[i]);
            if (trainA) dA = z.blend(z.mul(slope), z.lt(0f)).fma(ei, dA);
            FloatVector g = av.mul(ei);
            g = g.blend(g.mul(slope), z.compare(VectorOperators.LE, 0f));
            dB = VCLASS.cast(dB).add(g);
            dW0 = g.fma(xi0, dW0);
            dW1 = g.fma(xi1, dW1);
            if (d > 2) dW2 = g.fma(xi2, dW2);
            if (d > 3) dW3 = g.fma(xi3, dW3);
        }
        dW0.intoArray(scratch, 0);
        dW1.intoArray(scratch, L);
        dW2.intoArray(scratch, 2 * L);
        dW3.intoArray(scratch, 3 * L);
        if (j + L <= k) {
            if (grad != null) {
                if (offB >= 0) dB.intoArray(grad, offB + j);
                dA.intoArray(grad, offA + j); // zeros when A is fixed
            }
            if (upd != null) {
                // b and a of these units were read above (dW needs neither): each is updated after its last use
                if (offB >= 0) bv.sub(dB.mul(lr)).intoArray(upd, offB + j);
                if (trainA) av.sub(dA.mul(lr)).intoArray(upd, offA + j);
            }
            return;
        }
        dB.intoArray(scratch, 4 * L);
        dA.intoArray(scratch, 5 * L);
        if (offB >= 0) tailLanes(scratch, 4 * L, k - j, grad, upd, bp, j, offB + j, lr);
        tailLanes(scratch, 5 * L, k - j, grad, trainA ? upd : null, ap, j, offA + j, lr);
    }

    /**
     * The first {@code n} lanes of a vector of gradients stored whole at {@code sums[at ..]}: into {@code grad} from
     * {@code off} (null: not stored) and, with {@code upd} non-null, the SGD step {@code upd[off + t] = p[from + t] -
     * g lr} on the parameters' values {@code p} as the vector step read them (in floats: the vector's sub of its mul,
     * lane by lane, so the same bits). Arrays only, no vector: the backward passes' partial last vectors of units.
     */
    private static void tailLanes(float[] sums, int at, int n, float[] grad, float[] upd, float[] p, int from, int off,
                                  float lr) {
        for (int t = 0; t < n; t++) {
            float g = sums[at + t];
            if (grad != null) grad[off + t] = g;
            if (upd != null) upd[off + t] = p[from + t] - g * lr;
        }
    }

    /**
     * columnsHidden's dW^T (d x L in the scratch) into W's layout: the units' d vectors of W from {@code base} (the
     * last masked at W's end {@code n}), each by permutes as packColumns takes the columns apart; into grad (when not
     * null) and (with upd) W's step.
     */
    private static void columnsWeightStep(float[] scratch, int d, int base, int n, float[] grad, float[] upd,
                                          float lr) {
        final int L = S.length(), t = COLUMN_UNPACK_AT[d];
        FloatVector c0 = FloatVector.fromArray(S, scratch, 0), c1 = FloatVector.fromArray(S, scratch, L);
        FloatVector c2 = FloatVector.fromArray(S, scratch, 2 * L), c3 = FloatVector.fromArray(S, scratch, 3 * L);
        for (int q = 0; q < d && base + q * L < n; q++) {
            int o = base + q * L;
            FloatVector dw = FloatVector.fromArray(S, COLUMN_INDEX, 2 * (t + q) * L).selectFrom(c0, c1);
            if (d > 2) dw = dw.blend(FloatVector.fromArray(S, COLUMN_INDEX, (2 * (t + q) + 1) * L).selectFrom(c2, c3),
                    VectorMask.fromLong(S, COLUMN_HIGH[t + q]));
            if (o + L <= n) {
                if (grad != null) dw.intoArray(grad, o);
                if (upd != null) FloatVector.fromArray(S, upd, o).sub(dw.mul(lr)).intoArray(upd, o);
            } else {
                VectorMask<Float> mq = S.indexInRange(o, n);
                if (grad != null) dw.intoArray(grad, o, mq);
                if (upd != null) FloatVector.fromArray(S, upd, o, mq).sub(dw.mul(lr)).intoArray(upd, o, mq);
            }
        }
    }

    /**
     * The columns form's permutes, d from 2 to {@link VectorKernel#COLUMNS_MAX_D} (4): each output vector takes lane l
     * from flat index F(l) of four source vectors (4L floats): by {@code COLUMN_INDEX} vector 2v from sources 0-1,
     * vector 2v + 1 from sources 2-3 where bit l of {@code COLUMN_HIGH[v]} is set. packColumns' column p of d
     * (v = COLUMN_PACK_AT[d] + p): F(u) = u d + p, from W's rows. columnsWeightStep's row vector q (v =
     * COLUMN_UNPACK_AT[d] + q): F(l) = ((q L + l) % d) L + (q L + l) / d, from the columns of dW^T.
     */
    private static final int[] COLUMN_PACK_AT = new int[5], COLUMN_UNPACK_AT = new int[5];
    private static final float[] COLUMN_INDEX;
    private static final long[] COLUMN_HIGH;
    static {
        int L = S.length(), v = 0;
        for (int d = 2; d <= 4; d++) {
            COLUMN_PACK_AT[d] = v;
            v += d;
            COLUMN_UNPACK_AT[d] = v;
            v += d;
        }
        COLUMN_INDEX = new float[2 * v * L];
        COLUMN_HIGH = new long[v];
        for (int d = 2; d <= 4; d++)
            for (int q = 0; q < d; q++)
                for (int l = 0; l < L; l++) {
                    int f = q * L + l;
                    columnLane(COLUMN_PACK_AT[d] + q, l, l * d + q, L);
                    columnLane(COLUMN_UNPACK_AT[d] + q, l, f % d * L + f / d, L);
                }
    }

    private static void columnLane(int v, int l, int from, int L) {
        if (from < 2 * L) COLUMN_INDEX[2 * v * L + l] = from;
        else {
            COLUMN_INDEX[(2 * v + 1) * L + l] = from - 2 * L;
            COLUMN_HIGH[v] |= 1L << l;
        }
    }

    // ---------------------------------------------------------------- one input, vectors over samples

    @Override
    void samplesOutput(float[] x, int i1, int i2, float[] w, int k, int offB, int offA, boolean identity,
                       float yInit, float slope, float[] y, float[] tail) {
        final int L = S.length();
        int i = i1;
        for (; i + 4 * L <= i2; i += 4 * L) samplesOutput4(x, i, w, k, offB, offA, identity, yInit, slope, y);
        for (; i < i2; i += L) samplesOutput1(x, i, i2, w, k, offB, offA, identity, yInit, slope, y, tail);
    }

    /** 4 blocks from sample i: 4 independent chains through the sum over hidden units. */
    private static void samplesOutput4(float[] x, int i, float[] w, int k, int offB, int offA, boolean identity,
                                       float yInit, float slope, float[] y) {
        final int L = S.length();
        FloatVector x0 = FloatVector.fromArray(S, x, i), x1 = FloatVector.fromArray(S, x, i + L);
        FloatVector x2 = FloatVector.fromArray(S, x, i + 2 * L), x3 = FloatVector.fromArray(S, x, i + 3 * L);
        FloatVector y0 = FloatVector.broadcast(S, yInit), y1 = y0, y2 = y0, y3 = y0;
        for (int j = 0; j < k; j++) {
            FloatVector wj = FloatVector.broadcast(S, w[j]);
            FloatVector bj = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + j]);
            FloatVector z0 = x0.fma(wj, bj), z1 = x1.fma(wj, bj), z2 = x2.fma(wj, bj), z3 = x3.fma(wj, bj);
            if (identity) { z0 = z0.add(x0); z1 = z1.add(x1); z2 = z2.add(x2); z3 = z3.add(x3); }
            FloatVector a = FloatVector.broadcast(S, w[offA + j]);
            y0 = z0.blend(z0.mul(slope), z0.lt(0f)).fma(a, y0);
            y1 = z1.blend(z1.mul(slope), z1.lt(0f)).fma(a, y1);
            y2 = z2.blend(z2.mul(slope), z2.lt(0f)).fma(a, y2);
            y3 = z3.blend(z3.mul(slope), z3.lt(0f)).fma(a, y3);
        }
        y0.intoArray(y, i); y1.intoArray(y, i + L); y2.intoArray(y, i + 2 * L); y3.intoArray(y, i + 3 * L);
    }

    /**
     * One block from sample i; past i2 nothing stored (the block stored whole into {@code tail} and its samples
     * copied: no masked store of the sums, as in columnsHidden).
     */
    private static void samplesOutput1(float[] x, int i, int i2, float[] w, int k, int offB, int offA,
                                       boolean identity, float yInit, float slope, float[] y, float[] tail) {
        final int L = S.length();
        FloatVector x0 = FloatVector.fromArray(S, x, i), y0 = FloatVector.broadcast(S, yInit);
        for (int j = 0; j < k; j++) {
            FloatVector z0 = x0.fma(FloatVector.broadcast(S, w[j]),
                    FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + j]));
            if (identity) z0 = z0.add(x0);
            y0 = z0.blend(z0.mul(slope), z0.lt(0f)).fma(FloatVector.broadcast(S, w[offA + j]), y0);
        }
        if (i + L <= i2) y0.intoArray(y, i);
        else {
            y0.intoArray(tail, 0);
            System.arraycopy(tail, 0, y, i, i2 - i);
        }
    }

    @Override
    void samplesGrad(float[] x, int n, float[] e, float[] w, int k, int kp, int offB, int offA, boolean identity,
                     float slope, float[] acc, int j1, int j2, boolean cont, boolean last, float[] dap, float[] dbp,
                     float[] grad, int offW) {
        final int blocks = (n + S.length() - 1) / S.length();
        // small methods: in one big method C2 ran out of inlining budget and left an fma un-intrinsified (allocating)
        for (int j = j1, end = Math.min(j2, k); j < end; j += 2) // a last odd unit twice (the same sums, stored twice)
            samplesUnits2(x, blocks, e, w, j, Math.min(j + 1, end - 1), offB, offA, identity, slope, acc, kp, cont);
        if (last) samplesSums(k, kp, acc, j1, j2, dap, dbp, grad, offW);
    }

    /**
     * Hidden units j and u: z, h, the masked gradient and each unit's three sums (dA, db, dW) over the blocks, in
     * registers, in block order; x and e loaded once for both (u = j: unit j twice, the same sums stored twice).
     * In-JVM, samplesGrad at 4096 rows: k=8 2.48 us against 2.78 unit by unit, k=64 19.6 against 19.3 (about 5 cycles
     * a unit and block either way: not bound by the sums' latency).
     */
    private static void samplesUnits2(float[] x, int blocks, float[] e, float[] w, int j, int u, int offB, int offA,
                                      boolean identity, float slope, float[] acc, int kp, boolean cont) {
        final int L = S.length();
        FloatVector w0 = FloatVector.broadcast(S, w[j]), w1 = FloatVector.broadcast(S, w[u]);
        FloatVector b0 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + j]);
        FloatVector b1 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u]);
        float a0 = w[offA + j], a1 = w[offA + u];
        FloatVector accA0 = init(cont, acc, j * L), accB0 = init(cont, acc, (kp + j) * L);
        FloatVector accW0 = init(cont, acc, (2 * kp + j) * L);
        FloatVector accA1 = init(cont, acc, u * L), accB1 = init(cont, acc, (kp + u) * L);
        FloatVector accW1 = init(cont, acc, (2 * kp + u) * L);
        for (int blk = 0; blk < blocks; blk++) {
            FloatVector xv = FloatVector.fromArray(S, x, blk * L), ev = FloatVector.fromArray(S, e, blk * L);
            FloatVector z0 = xv.fma(w0, b0), z1 = xv.fma(w1, b1); // as samplesOutput computes them
            if (identity) {
                z0 = z0.add(xv);
                z1 = z1.add(xv);
            }
            accA0 = z0.blend(z0.mul(slope), z0.lt(0f)).fma(ev, accA0);
            accA1 = z1.blend(z1.mul(slope), z1.lt(0f)).fma(ev, accA1);
            FloatVector g0 = ev.mul(a0), g1 = ev.mul(a1);
            g0 = g0.blend(g0.mul(slope), z0.compare(VectorOperators.LE, 0f));
            g1 = g1.blend(g1.mul(slope), z1.compare(VectorOperators.LE, 0f));
            accB0 = VCLASS.cast(accB0).add(g0);
            accB1 = VCLASS.cast(accB1).add(g1);
            accW0 = g0.fma(xv, accW0);
            accW1 = g1.fma(xv, accW1);
        }
        accA0.intoArray(acc, j * L);
        accB0.intoArray(acc, (kp + j) * L);
        accW0.intoArray(acc, (2 * kp + j) * L);
        accA1.intoArray(acc, u * L);
        accB1.intoArray(acc, (kp + u) * L);
        accW1.intoArray(acc, (2 * kp + u) * L);
    }

    /** Gather offsets {@code u * L}: lane u reads row u of an L x L scratch. */
    private static final int[] STRIDE_L = new int[S.length()];
    static {
        for (int u = 0; u < STRIDE_L.length; u++) STRIDE_L[u] = u * S.length();
    }

    /** Lane sums of L hidden units at a time as one vector (strided gathers, lanes in a fixed order). */
    private static void samplesSums(int k, int kp, float[] acc, int j1, int j2, float[] dap, float[] dbp,
                                    float[] grad, int offW) {
        final int L = S.length();
        for (int j0 = j1; j0 < j2; j0 += L) {
            for (int s = 0; s < 3; s++) {
                int o = (s * kp + j0) * L;
                FloatVector sum = FloatVector.fromArray(S, acc, o, STRIDE_L, 0);
                for (int l = 1; l < L; l++)
                    sum = VCLASS.cast(sum).add(FloatVector.fromArray(S, acc, o + l, STRIDE_L, 0));
                if (s == 0) sum.intoArray(dap, j0);
                else if (s == 1) sum.intoArray(dbp, j0);
                else if (j0 + L <= k) sum.intoArray(grad, offW + j0);
                else sum.intoArray(grad, offW + j0, S.indexInRange(j0, k));
            }
        }
    }

    // ---------------------------------------------------------------- d inputs (k < L), vectors over samples

    @Override
    void samplesOutputD(float[] x, int xOff, int n, int d, int i1, int i2, float[] xt, float[] zt, int off, int rs,
                        float[] w, int k, int offB, int offA, boolean identity, float yInit, float slope, float[] y,
                        float[] tail) {
        final int L = S.length();
        // by groups of 4 blocks (then single blocks), each transposed, multiplied and summed while it is in L1: with
        // all of X^T first, d=16 k=8 4096 rows took 273 cycles a block against 190 at 256 rows
        for (int i = i1; i < i2; ) {
            int g = i + 4 * L <= i2 ? 4 * L : L;
            for (int b = i; b < i + g; b += L) {
                // X^T by L x L blocks in registers (rows past n read as zeros), the last overlapping the one before
                // when L does not divide d > L; with d < L a block whose last row's vector would run past the end of
                // x is copied lane by lane
                int in = Math.min(L, n - b);
                if (d >= L)
                    for (int p = 0; p < d; p += L) {
                        int q = Math.min(p, d - L);
                        transposeBlock(x, xOff + b * d + q, d, xt, off + q * rs + b, rs, in, L);
                    }
                else if (xOff + (b + in - 1) * d + L <= x.length)
                    transposeBlock(x, xOff + b * d, d, xt, off + b, rs, in, d);
                else samplesTransposeTail(x, xOff, n, d, b, xt, off, rs);
            }
            // Z^T by tiles of 4 units x 4 blocks (16 FMA chains over the inputs), or 4 units x 1 block
            for (int j0 = 0; j0 < k; j0 += 4) {
                if (g == L) samplesZ4x1(xt, off + i, rs, d, w, j0, k, offB, identity, zt);
                else if (k - j0 > 2) samplesZ4x4(xt, off + i, rs, d, w, j0, k, offB, identity, zt);
                else samplesZ2x4(xt, off + i, rs, d, w, j0, k, offB, identity, zt); // the last 1 or 2 units
            }
            for (int b = i; b < i + g; b += L) {
                FloatVector sum = FloatVector.broadcast(S, yInit);
                for (int j = 0; j < k; j++) {
                    FloatVector v = FloatVector.fromArray(S, zt, off + j * rs + b);
                    sum = v.blend(v.mul(slope), v.lt(0f)).fma(FloatVector.broadcast(S, w[offA + j]), sum);
                }
                if (b + L <= n) sum.intoArray(y, b);
                else { // stored whole and copied, as in samplesOutput1
                    sum.intoArray(tail, 0);
                    System.arraycopy(tail, 0, y, b, n - b);
                }
            }
            i += g;
        }
    }

    /** samplesOutputD's X^T of the block from row i lane by lane (rows past n zero). */
    private static void samplesTransposeTail(float[] x, int xOff, int n, int d, int i, float[] xt, int off, int rs) {
        for (int r = i; r < i + S.length(); r++)
            for (int p = 0; p < d; p++) xt[off + p * rs + r] = r < n ? x[xOff + r * d + p] : 0f;
    }

    /**
     * Z^T of units j0 .. j0 + 3 (past k: unit k - 1 again, the same values stored twice) for the 4 blocks from
     * {@code o} (xt's and zt's offset of the first): each lane's chain b_j + w_j0 x_0 + ... in input order.
     */
    private static void samplesZ4x4(float[] xt, int o, int rs, int d, float[] w, int j0, int k, int offB,
                                    boolean identity, float[] zt) {
        final int L = S.length();
        int u0 = Math.min(j0, k - 1), u1 = Math.min(j0 + 1, k - 1), u2 = Math.min(j0 + 2, k - 1);
        int u3 = Math.min(j0 + 3, k - 1);
        FloatVector c00 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u0]), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u1]), c11 = c10, c12 = c10, c13 = c10;
        FloatVector c20 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u2]), c21 = c20, c22 = c20, c23 = c20;
        FloatVector c30 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u3]), c31 = c30, c32 = c30, c33 = c30;
        for (int p = 0; p < d; p++) {
            int xo = o + p * rs;
            FloatVector x0 = FloatVector.fromArray(S, xt, xo), x1 = FloatVector.fromArray(S, xt, xo + L);
            FloatVector x2 = FloatVector.fromArray(S, xt, xo + 2 * L), x3 = FloatVector.fromArray(S, xt, xo + 3 * L);
            FloatVector v = FloatVector.broadcast(S, w[u0 * d + p]);
            c00 = x0.fma(v, c00); c01 = x1.fma(v, c01); c02 = x2.fma(v, c02); c03 = x3.fma(v, c03);
            v = FloatVector.broadcast(S, w[u1 * d + p]);
            c10 = x0.fma(v, c10); c11 = x1.fma(v, c11); c12 = x2.fma(v, c12); c13 = x3.fma(v, c13);
            v = FloatVector.broadcast(S, w[u2 * d + p]);
            c20 = x0.fma(v, c20); c21 = x1.fma(v, c21); c22 = x2.fma(v, c22); c23 = x3.fma(v, c23);
            v = FloatVector.broadcast(S, w[u3 * d + p]);
            c30 = x0.fma(v, c30); c31 = x1.fma(v, c31); c32 = x2.fma(v, c32); c33 = x3.fma(v, c33);
        }
        if (identity) { // k = d: unit j's own input
            int x0 = o + u0 * rs, x1 = o + u1 * rs, x2 = o + u2 * rs, x3 = o + u3 * rs;
            c00 = c00.add(FloatVector.fromArray(S, xt, x0)); c01 = c01.add(FloatVector.fromArray(S, xt, x0 + L));
            c02 = c02.add(FloatVector.fromArray(S, xt, x0 + 2 * L));
            c03 = c03.add(FloatVector.fromArray(S, xt, x0 + 3 * L));
            c10 = c10.add(FloatVector.fromArray(S, xt, x1)); c11 = c11.add(FloatVector.fromArray(S, xt, x1 + L));
            c12 = c12.add(FloatVector.fromArray(S, xt, x1 + 2 * L));
            c13 = c13.add(FloatVector.fromArray(S, xt, x1 + 3 * L));
            c20 = c20.add(FloatVector.fromArray(S, xt, x2)); c21 = c21.add(FloatVector.fromArray(S, xt, x2 + L));
            c22 = c22.add(FloatVector.fromArray(S, xt, x2 + 2 * L));
            c23 = c23.add(FloatVector.fromArray(S, xt, x2 + 3 * L));
            c30 = c30.add(FloatVector.fromArray(S, xt, x3)); c31 = c31.add(FloatVector.fromArray(S, xt, x3 + L));
            c32 = c32.add(FloatVector.fromArray(S, xt, x3 + 2 * L));
            c33 = c33.add(FloatVector.fromArray(S, xt, x3 + 3 * L));
        }
        int z0 = o + u0 * rs, z1 = o + u1 * rs, z2 = o + u2 * rs, z3 = o + u3 * rs;
        c00.intoArray(zt, z0); c01.intoArray(zt, z0 + L); c02.intoArray(zt, z0 + 2 * L); c03.intoArray(zt, z0 + 3 * L);
        c10.intoArray(zt, z1); c11.intoArray(zt, z1 + L); c12.intoArray(zt, z1 + 2 * L); c13.intoArray(zt, z1 + 3 * L);
        c20.intoArray(zt, z2); c21.intoArray(zt, z2 + L); c22.intoArray(zt, z2 + 2 * L); c23.intoArray(zt, z2 + 3 * L);
        c30.intoArray(zt, z3); c31.intoArray(zt, z3 + L); c32.intoArray(zt, z3 + 2 * L); c33.intoArray(zt, z3 + 3 * L);
    }

    /** samplesZ4x4 for units j0 and j0 + 1 (past k: unit k - 1 again): 8 chains. */
    private static void samplesZ2x4(float[] xt, int o, int rs, int d, float[] w, int j0, int k, int offB,
                                    boolean identity, float[] zt) {
        final int L = S.length();
        int u0 = Math.min(j0, k - 1), u1 = Math.min(j0 + 1, k - 1);
        FloatVector c00 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u0]), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u1]), c11 = c10, c12 = c10, c13 = c10;
        for (int p = 0; p < d; p++) {
            int xo = o + p * rs;
            FloatVector x0 = FloatVector.fromArray(S, xt, xo), x1 = FloatVector.fromArray(S, xt, xo + L);
            FloatVector x2 = FloatVector.fromArray(S, xt, xo + 2 * L), x3 = FloatVector.fromArray(S, xt, xo + 3 * L);
            FloatVector v = FloatVector.broadcast(S, w[u0 * d + p]);
            c00 = x0.fma(v, c00); c01 = x1.fma(v, c01); c02 = x2.fma(v, c02); c03 = x3.fma(v, c03);
            v = FloatVector.broadcast(S, w[u1 * d + p]);
            c10 = x0.fma(v, c10); c11 = x1.fma(v, c11); c12 = x2.fma(v, c12); c13 = x3.fma(v, c13);
        }
        if (identity) {
            int x0 = o + u0 * rs, x1 = o + u1 * rs;
            c00 = c00.add(FloatVector.fromArray(S, xt, x0)); c01 = c01.add(FloatVector.fromArray(S, xt, x0 + L));
            c02 = c02.add(FloatVector.fromArray(S, xt, x0 + 2 * L));
            c03 = c03.add(FloatVector.fromArray(S, xt, x0 + 3 * L));
            c10 = c10.add(FloatVector.fromArray(S, xt, x1)); c11 = c11.add(FloatVector.fromArray(S, xt, x1 + L));
            c12 = c12.add(FloatVector.fromArray(S, xt, x1 + 2 * L));
            c13 = c13.add(FloatVector.fromArray(S, xt, x1 + 3 * L));
        }
        int z0 = o + u0 * rs, z1 = o + u1 * rs;
        c00.intoArray(zt, z0); c01.intoArray(zt, z0 + L); c02.intoArray(zt, z0 + 2 * L); c03.intoArray(zt, z0 + 3 * L);
        c10.intoArray(zt, z1); c11.intoArray(zt, z1 + L); c12.intoArray(zt, z1 + 2 * L); c13.intoArray(zt, z1 + 3 * L);
    }

    /** samplesZ4x4 for one block. */
    private static void samplesZ4x1(float[] xt, int o, int rs, int d, float[] w, int j0, int k, int offB,
                                    boolean identity, float[] zt) {
        int u0 = Math.min(j0, k - 1), u1 = Math.min(j0 + 1, k - 1), u2 = Math.min(j0 + 2, k - 1);
        int u3 = Math.min(j0 + 3, k - 1);
        FloatVector c0 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u0]);
        FloatVector c1 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u1]);
        FloatVector c2 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u2]);
        FloatVector c3 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u3]);
        for (int p = 0; p < d; p++) {
            FloatVector x0 = FloatVector.fromArray(S, xt, o + p * rs);
            c0 = x0.fma(FloatVector.broadcast(S, w[u0 * d + p]), c0);
            c1 = x0.fma(FloatVector.broadcast(S, w[u1 * d + p]), c1);
            c2 = x0.fma(FloatVector.broadcast(S, w[u2 * d + p]), c2);
            c3 = x0.fma(FloatVector.broadcast(S, w[u3 * d + p]), c3);
        }
        if (identity) {
            c0 = c0.add(FloatVector.fromArray(S, xt, o + u0 * rs));
            c1 = c1.add(FloatVector.fromArray(S, xt, o + u1 * rs));
            c2 = c2.add(FloatVector.fromArray(S, xt, o + u2 * rs));
            c3 = c3.add(FloatVector.fromArray(S, xt, o + u3 * rs));
        }
        c0.intoArray(zt, o + u0 * rs); c1.intoArray(zt, o + u1 * rs);
        c2.intoArray(zt, o + u2 * rs); c3.intoArray(zt, o + u3 * rs);
    }

    @Override
    void samplesGradD(float[] xt, float[] zt, int off, int rs, int n, float[] e, float[] w, int k, int d, int offA,
                      float slope, float[] acc, int j1, int j2, boolean cont) {
        final int L = S.length(), end = Math.min(j2, k), blocks = (n + L - 1) / L;
        // G = e a_j where z > 0 (slope e a_j elsewhere) in place of Z, with db and dA summed in registers
        for (int j = j1; j < end; j++) {
            float a = w[offA + j];
            int tb = off + (k * d + j) * L, ta = off + (k * d + k + j) * L;
            FloatVector db = init(cont, acc, tb), da = init(cont, acc, ta);
            for (int b = 0, o = off + j * rs; b < blocks; b++, o += L) {
                FloatVector z = FloatVector.fromArray(S, zt, o), ev = FloatVector.fromArray(S, e, b * L);
                da = z.blend(z.mul(slope), z.lt(0f)).fma(ev, da);
                FloatVector g = ev.mul(a);
                g = g.blend(g.mul(slope), z.compare(VectorOperators.LE, 0f));
                db = VCLASS.cast(db).add(g);
                g.intoArray(zt, o);
            }
            db.intoArray(acc, tb);
            da.intoArray(acc, ta);
        }
        for (int j0 = j1; j0 < end; j0 += 4)
            for (int p0 = 0; p0 < d; p0 += 4) {
                if (end - j0 > 2) samplesWeightGrad4x4(xt, zt, off, rs, blocks, d, j0, end, p0, acc, cont);
                else samplesWeightGrad2x4(xt, zt, off, rs, blocks, d, j0, end, p0, acc, cont); // the last 1 or 2
            }
    }

    /**
     * dW's lane sums of units j0 .. j0 + 3 and inputs p0 .. p0 + 3 (past the ends: the last again, the same sums
     * stored twice) over the blocks in order: 16 chains of g_j x_p.
     */
    private static void samplesWeightGrad4x4(float[] xt, float[] gt, int off, int rs, int blocks, int d, int j0,
                                             int end, int p0, float[] acc, boolean cont) {
        final int L = S.length();
        int u0 = Math.min(j0, end - 1), u1 = Math.min(j0 + 1, end - 1), u2 = Math.min(j0 + 2, end - 1);
        int u3 = Math.min(j0 + 3, end - 1);
        int q0 = Math.min(p0, d - 1), q1 = Math.min(p0 + 1, d - 1), q2 = Math.min(p0 + 2, d - 1);
        int q3 = Math.min(p0 + 3, d - 1);
        // unit u's vector for input q at off + (u d + q) L
        int a0 = off + u0 * d * L, a1 = off + u1 * d * L, a2 = off + u2 * d * L, a3 = off + u3 * d * L;
        int b0 = q0 * L, b1 = q1 * L, b2 = q2 * L, b3 = q3 * L;
        FloatVector a00 = init(cont, acc, a0 + b0), a01 = init(cont, acc, a0 + b1), a02 = init(cont, acc, a0 + b2);
        FloatVector a03 = init(cont, acc, a0 + b3), a10 = init(cont, acc, a1 + b0), a11 = init(cont, acc, a1 + b1);
        FloatVector a12 = init(cont, acc, a1 + b2), a13 = init(cont, acc, a1 + b3), a20 = init(cont, acc, a2 + b0);
        FloatVector a21 = init(cont, acc, a2 + b1), a22 = init(cont, acc, a2 + b2), a23 = init(cont, acc, a2 + b3);
        FloatVector a30 = init(cont, acc, a3 + b0), a31 = init(cont, acc, a3 + b1), a32 = init(cont, acc, a3 + b2);
        FloatVector a33 = init(cont, acc, a3 + b3);
        int x0 = off + q0 * rs, x1 = off + q1 * rs, x2 = off + q2 * rs, x3 = off + q3 * rs;
        int g0 = off + u0 * rs, g1 = off + u1 * rs, g2 = off + u2 * rs, g3 = off + u3 * rs;
        for (int o = 0; o < blocks * L; o += L) {
            FloatVector xv0 = FloatVector.fromArray(S, xt, x0 + o), xv1 = FloatVector.fromArray(S, xt, x1 + o);
            FloatVector xv2 = FloatVector.fromArray(S, xt, x2 + o), xv3 = FloatVector.fromArray(S, xt, x3 + o);
            FloatVector g = FloatVector.fromArray(S, gt, g0 + o);
            a00 = g.fma(xv0, a00); a01 = g.fma(xv1, a01); a02 = g.fma(xv2, a02); a03 = g.fma(xv3, a03);
            g = FloatVector.fromArray(S, gt, g1 + o);
            a10 = g.fma(xv0, a10); a11 = g.fma(xv1, a11); a12 = g.fma(xv2, a12); a13 = g.fma(xv3, a13);
            g = FloatVector.fromArray(S, gt, g2 + o);
            a20 = g.fma(xv0, a20); a21 = g.fma(xv1, a21); a22 = g.fma(xv2, a22); a23 = g.fma(xv3, a23);
            g = FloatVector.fromArray(S, gt, g3 + o);
            a30 = g.fma(xv0, a30); a31 = g.fma(xv1, a31); a32 = g.fma(xv2, a32); a33 = g.fma(xv3, a33);
        }
        a00.intoArray(acc, a0 + b0); a01.intoArray(acc, a0 + b1); a02.intoArray(acc, a0 + b2);
        a03.intoArray(acc, a0 + b3); a10.intoArray(acc, a1 + b0); a11.intoArray(acc, a1 + b1);
        a12.intoArray(acc, a1 + b2); a13.intoArray(acc, a1 + b3); a20.intoArray(acc, a2 + b0);
        a21.intoArray(acc, a2 + b1); a22.intoArray(acc, a2 + b2); a23.intoArray(acc, a2 + b3);
        a30.intoArray(acc, a3 + b0); a31.intoArray(acc, a3 + b1); a32.intoArray(acc, a3 + b2);
        a33.intoArray(acc, a3 + b3);
    }

    /** samplesWeightGrad4x4 for units j0 and j0 + 1 (past end: the last again): 8 chains. */
    private static void samplesWeightGrad2x4(float[] xt, float[] gt, int off, int rs, int blocks, int d, int j0,
                                             int end, int p0, float[] acc, boolean cont) {
        final int L = S.length();
        int u0 = Math.min(j0, end - 1), u1 = Math.min(j0 + 1, end - 1);
        int q0 = Math.min(p0, d - 1), q1 = Math.min(p0 + 1, d - 1), q2 = Math.min(p0 + 2, d - 1);
        int q3 = Math.min(p0 + 3, d - 1);
        int a0 = off + u0 * d * L, a1 = off + u1 * d * L;
        int b0 = q0 * L, b1 = q1 * L, b2 = q2 * L, b3 = q3 * L;
        FloatVector a00 = init(cont, acc, a0 + b0), a01 = init(cont, acc, a0 + b1), a02 = init(cont, acc, a0 + b2);
        FloatVector a03 = init(cont, acc, a0 + b3), a10 = init(cont, acc, a1 + b0), a11 = init(cont, acc, a1 + b1);
        FloatVector a12 = init(cont, acc, a1 + b2), a13 = init(cont, acc, a1 + b3);
        int x0 = off + q0 * rs, x1 = off + q1 * rs, x2 = off + q2 * rs, x3 = off + q3 * rs;
        int g0 = off + u0 * rs, g1 = off + u1 * rs;
        for (int o = 0; o < blocks * L; o += L) {
            FloatVector xv0 = FloatVector.fromArray(S, xt, x0 + o), xv1 = FloatVector.fromArray(S, xt, x1 + o);
            FloatVector xv2 = FloatVector.fromArray(S, xt, x2 + o), xv3 = FloatVector.fromArray(S, xt, x3 + o);
            FloatVector g = FloatVector.fromArray(S, gt, g0 + o);
            a00 = g.fma(xv0, a00); a01 = g.fma(xv1, a01); a02 = g.fma(xv2, a02); a03 = g.fma(xv3, a03);
            g = FloatVector.fromArray(S, gt, g1 + o);
            a10 = g.fma(xv0, a10); a11 = g.fma(xv1, a11); a12 = g.fma(xv2, a12); a13 = g.fma(xv3, a13);
        }
        a00.intoArray(acc, a0 + b0); a01.intoArray(acc, a0 + b1); a02.intoArray(acc, a0 + b2);
        a03.intoArray(acc, a0 + b3); a10.intoArray(acc, a1 + b0); a11.intoArray(acc, a1 + b1);
        a12.intoArray(acc, a1 + b2); a13.intoArray(acc, a1 + b3);
    }

    @Override
    void samplesSumsD(float[] acc, int off, int count, float[] sums) {
        final int L = S.length();
        if (L == 16) {
            for (int t0 = 0; t0 < count; t0 += L) fold16(acc, off + t0 * L, Math.min(L, count - t0), sums, t0);
            return;
        }
        for (int t0 = 0; t0 < count; t0 += L) {
            // L vectors folded pairwise in place by the dot tiles' levels (FOLD_INDEX): L/2 vectors of 2 accumulators
            // of L/2 partial sums each, and so on to one vector, whose lane l holds the total of vector t0 + l
            int o = off + t0 * L, n = Math.min(L, count - t0);
            for (int level = 0, h = L / 2; h >= 1; level++, h /= 2) {
                IntVector lo = IntVector.fromArray(SI, FOLD_INDEX, 2 * level * L);
                IntVector hi = IntVector.fromArray(SI, FOLD_INDEX, (2 * level + 1) * L);
                for (int i = 0; i < h; i++) {
                    int a = o + 2 * i * L;
                    IntVector x = 2 * i < n ? FloatVector.fromArray(S, acc, a).reinterpretAsInts() : IntVector.zero(SI);
                    IntVector y = 2 * i + 1 < n ? FloatVector.fromArray(S, acc, a + L).reinterpretAsInts()
                            : IntVector.zero(SI);
                    lo.selectFrom(x, y).reinterpretAsFloats().add(hi.selectFrom(x, y).reinterpretAsFloats())
                            .intoArray(acc, o + i * L);
                }
                n = h; // every vector the next level reads was written by this one
            }
            FloatVector.fromArray(S, acc, o).intoArray(sums, t0);
        }
    }

    /** samplesSumsD's fold of the n (at most 16) vectors from o in registers, their totals stored at sums[t0]. */
    private static void fold16(float[] acc, int o, int n, float[] sums, int t0) {
        final int L = S.length();
        IntVector zero = IntVector.zero(SI);
        IntVector v0 = FloatVector.fromArray(S, acc, o).reinterpretAsInts();
        IntVector v1 = 1 < n ? FloatVector.fromArray(S, acc, o + L).reinterpretAsInts() : zero;
        IntVector v2 = 2 < n ? FloatVector.fromArray(S, acc, o + 2 * L).reinterpretAsInts() : zero;
        IntVector v3 = 3 < n ? FloatVector.fromArray(S, acc, o + 3 * L).reinterpretAsInts() : zero;
        IntVector v4 = 4 < n ? FloatVector.fromArray(S, acc, o + 4 * L).reinterpretAsInts() : zero;
        IntVector v5 = 5 < n ? FloatVector.fromArray(S, acc, o + 5 * L).reinterpretAsInts() : zero;
        IntVector v6 = 6 < n ? FloatVector.fromArray(S, acc, o + 6 * L).reinterpretAsInts() : zero;
        IntVector v7 = 7 < n ? FloatVector.fromArray(S, acc, o + 7 * L).reinterpretAsInts() : zero;
        IntVector v8 = 8 < n ? FloatVector.fromArray(S, acc, o + 8 * L).reinterpretAsInts() : zero;
        IntVector v9 = 9 < n ? FloatVector.fromArray(S, acc, o + 9 * L).reinterpretAsInts() : zero;
        IntVector v10 = 10 < n ? FloatVector.fromArray(S, acc, o + 10 * L).reinterpretAsInts() : zero;
        IntVector v11 = 11 < n ? FloatVector.fromArray(S, acc, o + 11 * L).reinterpretAsInts() : zero;
        IntVector v12 = 12 < n ? FloatVector.fromArray(S, acc, o + 12 * L).reinterpretAsInts() : zero;
        IntVector v13 = 13 < n ? FloatVector.fromArray(S, acc, o + 13 * L).reinterpretAsInts() : zero;
        IntVector v14 = 14 < n ? FloatVector.fromArray(S, acc, o + 14 * L).reinterpretAsInts() : zero;
        IntVector v15 = 15 < n ? FloatVector.fromArray(S, acc, o + 15 * L).reinterpretAsInts() : zero;
        IntVector lo = IntVector.fromArray(SI, FOLD_INDEX, 0), hi = IntVector.fromArray(SI, FOLD_INDEX, L);
        IntVector f0 = lo.selectFrom(v0, v1).reinterpretAsFloats().add(hi.selectFrom(v0, v1).reinterpretAsFloats())
                .reinterpretAsInts();
        IntVector f1 = lo.selectFrom(v2, v3).reinterpretAsFloats().add(hi.selectFrom(v2, v3).reinterpretAsFloats())
                .reinterpretAsInts();
        IntVector f2 = lo.selectFrom(v4, v5).reinterpretAsFloats().add(hi.selectFrom(v4, v5).reinterpretAsFloats())
                .reinterpretAsInts();
        IntVector f3 = lo.selectFrom(v6, v7).reinterpretAsFloats().add(hi.selectFrom(v6, v7).reinterpretAsFloats())
                .reinterpretAsInts();
        IntVector f4 = lo.selectFrom(v8, v9).reinterpretAsFloats().add(hi.selectFrom(v8, v9).reinterpretAsFloats())
                .reinterpretAsInts();
        IntVector f5 = lo.selectFrom(v10, v11).reinterpretAsFloats()
                .add(hi.selectFrom(v10, v11).reinterpretAsFloats()).reinterpretAsInts();
        IntVector f6 = lo.selectFrom(v12, v13).reinterpretAsFloats()
                .add(hi.selectFrom(v12, v13).reinterpretAsFloats()).reinterpretAsInts();
        IntVector f7 = lo.selectFrom(v14, v15).reinterpretAsFloats()
                .add(hi.selectFrom(v14, v15).reinterpretAsFloats()).reinterpretAsInts();
        lo = IntVector.fromArray(SI, FOLD_INDEX, 2 * L);
        hi = IntVector.fromArray(SI, FOLD_INDEX, 3 * L);
        IntVector g0 = lo.selectFrom(f0, f1).reinterpretAsFloats().add(hi.selectFrom(f0, f1).reinterpretAsFloats())
                .reinterpretAsInts();
        IntVector g1 = lo.selectFrom(f2, f3).reinterpretAsFloats().add(hi.selectFrom(f2, f3).reinterpretAsFloats())
                .reinterpretAsInts();
        IntVector g2 = lo.selectFrom(f4, f5).reinterpretAsFloats().add(hi.selectFrom(f4, f5).reinterpretAsFloats())
                .reinterpretAsInts();
        IntVector g3 = lo.selectFrom(f6, f7).reinterpretAsFloats().add(hi.selectFrom(f6, f7).reinterpretAsFloats())
                .reinterpretAsInts();
        lo = IntVector.fromArray(SI, FOLD_INDEX, 4 * L);
        hi = IntVector.fromArray(SI, FOLD_INDEX, 5 * L);
        IntVector h0 = lo.selectFrom(g0, g1).reinterpretAsFloats().add(hi.selectFrom(g0, g1).reinterpretAsFloats())
                .reinterpretAsInts();
        IntVector h1 = lo.selectFrom(g2, g3).reinterpretAsFloats().add(hi.selectFrom(g2, g3).reinterpretAsFloats())
                .reinterpretAsInts();
        lo = IntVector.fromArray(SI, FOLD_INDEX, 6 * L);
        hi = IntVector.fromArray(SI, FOLD_INDEX, 7 * L);
        lo.selectFrom(h0, h1).reinterpretAsFloats().add(hi.selectFrom(h0, h1).reinterpretAsFloats())
                .intoArray(sums, t0);
    }

    /**
     * A tile's starting accumulator: zero, or (when {@code acc}) the sum so far, so that a batch cut into chunks sums
     * every element in the same order as one pass over all its rows.
     */
    private static FloatVector init(boolean acc, float[] a, int off) {
        return acc ? FloatVector.fromArray(S, a, off) : FloatVector.zero(S);
    }

    private static FloatVector init(boolean acc, float[] a, int off, VectorMask<Float> mk) {
        return acc ? FloatVector.fromArray(S, a, off, mk) : FloatVector.zero(S);
    }
}
