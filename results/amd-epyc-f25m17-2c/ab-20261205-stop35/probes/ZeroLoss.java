import dev.twolayer.bench.Fixture;

/**
 * The grid's batch-1 cells, stepped for as long as a JMH fork steps them: when does the loss reach exactly 0 (then
 * every g is 0 and VectorKernel's batch-1 step skips every row of W)? Usage: ZeroLoss SECONDS [BATCHES [D:K ...]];
 * BATCHES 1 (one repeated sample, zeroloss-8s.txt) by default; zeroloss64.txt ran
 * {@code ZeroLoss 8 64 64:4096 256:8 256:4096 1024:8 1024:4096} with the targets on their own cycle (12fb307).
 */
public class ZeroLoss {
    public static void main(String[] a) {
        double seconds = Double.parseDouble(a[0]);
        int batches = a.length > 1 ? Integer.parseInt(a[1]) : 1;
        int[][] cells = {{64, 1024}, {64, 4096}, {256, 8}, {256, 64}, {256, 256}, {256, 1024}, {256, 4096},
                {1024, 8}, {1024, 64}, {1024, 256}, {1024, 1024}, {1024, 4096}};
        if (a.length > 2) {
            cells = new int[a.length - 2][];
            for (int i = 2; i < a.length; i++) {
                String[] dk = a[i].split(":");
                cells[i - 2] = new int[] {Integer.parseInt(dk[0]), Integer.parseInt(dk[1])};
            }
        }
        for (int[] c : cells) {
            try (Fixture f = Fixture.create("vector", c[0], c[1], 1, batches)) {
                long steps = 0, firstZero = -1, t0 = System.nanoTime(), end = t0 + (long) (seconds * 1e9);
                double loss = Double.NaN, minLoss = Double.POSITIVE_INFINITY;
                long zeroSteps = 0;
                while (System.nanoTime() < end) {
                    for (int i = 0; i < 256; i++, steps++) {
                        loss = f.trainStep(false);
                        if (loss == 0) { zeroSteps++; if (firstZero < 0) firstZero = steps; }
                        minLoss = Math.min(minLoss, loss);
                    }
                }
                System.out.printf("d=%d k=%d: %d steps in %.1f s, last loss %.3g, min %.3g, exactly 0 at %d steps (first at step %d)%n",
                        c[0], c[1], steps, (System.nanoTime() - t0) / 1e9, loss, minLoss, zeroSteps, firstZero);
            }
        }
    }
}
