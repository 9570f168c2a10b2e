package dev.twolayer.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class BatchSamplerTest {

    @Test void shuffledEpochsVisitEveryRowOncePerEpoch() {
        int n = 23, batch = 5;
        BatchSampler s = new BatchSampler(Sampling.SHUFFLED_EPOCHS, n, null, 7);
        int[] rows = new int[batch];
        for (int epoch = 0; epoch < 3; epoch++) {
            int[] count = new int[n];
            int seen = 0, batches = 0;
            while (seen < n) {
                int r = s.next(rows, batch);
                assertTrue(r >= 1 && r <= batch);
                for (int i = 0; i < r; i++) count[rows[i]]++;
                seen += r;
                batches++;
            }
            assertEquals(n, seen);
            assertEquals(5, batches);   // 4 full batches and one of 3
            for (int c : count) assertEquals(1, c);
        }
    }

    @Test void withReplacementFollowsWeights() {
        float[] w = {0f, 1f, 3f, 0.5f, 0f, 5.5f, 2f};   // total 12
        BatchSampler s = new BatchSampler(Sampling.WITH_REPLACEMENT_FROM_WEIGHTS, w.length, w, 3);
        int[] rows = new int[16];
        long[] count = new long[w.length];
        int draws = 0;
        for (int b = 0; b < 20_000; b++) {
            assertEquals(16, s.next(rows, 16));
            for (int r : rows) count[r]++;
            draws += 16;
        }
        assertEquals(0, count[0]);
        assertEquals(0, count[4]);
        for (int i = 0; i < w.length; i++) {
            double p = w[i] / 12.0, freq = count[i] / (double) draws;
            assertEquals(p, freq, 5 * Math.sqrt(p * (1 - p) / draws) + 1e-12, "row " + i);
        }
    }

    @Test void withReplacementUnweightedIsUniformAndSeeded() {
        int n = 9;
        BatchSampler a = new BatchSampler(Sampling.WITH_REPLACEMENT_FROM_WEIGHTS, n, null, 5);
        BatchSampler b = new BatchSampler(Sampling.WITH_REPLACEMENT_FROM_WEIGHTS, n, null, 5);
        int[] ra = new int[7], rb = new int[7];
        long[] count = new long[n];
        for (int k = 0; k < 10_000; k++) {
            a.next(ra, 7); b.next(rb, 7);
            assertArrayEquals(ra, rb);
            for (int r : ra) count[r]++;
        }
        double p = 1.0 / n, draws = 70_000;
        for (long c : count) assertEquals(p, c / draws, 5 * Math.sqrt(p * (1 - p) / draws));
    }
}
