package dev.twolayer.train;

import java.util.SplittableRandom;

/**
 * Chooses minibatch rows from the seed alone (so results do not depend on threads). Shuffled epochs use a
 * Fisher-Yates permutation; sampling with replacement from weights uses Walker's alias tables (O(1) per draw).
 * All tables are built once; {@link #next} allocates nothing.
 */
final class BatchSampler {
    private final Sampling mode;
    private final int n;
    private final SplittableRandom rng;
    private final int[] perm;
    private int pos;
    private final double[] aliasProb;
    private final int[] alias;

    BatchSampler(Sampling mode, int n, float[] weights, long seed) {
        this.mode = mode;
        this.n = n;
        this.rng = new SplittableRandom(seed);
        if (mode == Sampling.SHUFFLED_EPOCHS) {
            perm = new int[n];
            for (int i = 0; i < n; i++) perm[i] = i;
            pos = n;   // shuffle on first use
            aliasProb = null; alias = null;
        } else {
            perm = null;
            if (weights == null) { aliasProb = null; alias = null; }
            else { aliasProb = new double[n]; alias = new int[n]; buildAlias(weights); }
        }
    }

    /** Writes the next batch's row indices into {@code rows[0 .. r)} and returns r (at most {@code batch}). */
    int next(int[] rows, int batch) {
        if (mode == Sampling.SHUFFLED_EPOCHS) {
            if (pos == n) { shuffle(); pos = 0; }
            int r = Math.min(batch, n - pos);
            System.arraycopy(perm, pos, rows, 0, r);
            pos += r;
            return r;
        }
        for (int i = 0; i < batch; i++) rows[i] = draw();
        return batch;
    }

    private void shuffle() {
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
        }
    }

    private int draw() {
        int i = rng.nextInt(n);
        if (alias == null) return i;
        return rng.nextDouble() < aliasProb[i] ? i : alias[i];
    }

    /** Vose's stable variant of Walker's alias method. */
    private void buildAlias(float[] w) {
        double total = 0;
        for (float v : w) total += v;
        double[] scaled = new double[n];
        int[] small = new int[n], large = new int[n];
        int ns = 0, nl = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = w[i] * (double) n / total;
            if (scaled[i] < 1) small[ns++] = i; else large[nl++] = i;
        }
        while (ns > 0 && nl > 0) {
            int s = small[--ns], l = large[--nl];
            aliasProb[s] = scaled[s];
            alias[s] = l;
            scaled[l] = (scaled[l] + scaled[s]) - 1;
            if (scaled[l] < 1) small[ns++] = l; else large[nl++] = l;
        }
        while (nl > 0) { int l = large[--nl]; aliasProb[l] = 1; alias[l] = l; }
        while (ns > 0) { int s = small[--ns]; aliasProb[s] = 1; alias[s] = s; }  // rounding leftovers
    }
}
