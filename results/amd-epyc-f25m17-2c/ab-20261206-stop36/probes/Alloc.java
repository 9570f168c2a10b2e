import dev.twolayer.bench.Fixture;
import java.lang.management.*;
public class Alloc {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        com.sun.management.ThreadMXBean tb = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (Fixture f = Fixture.create("vector", d, k, 1, 64)) {
            for (int round = 0; round < 10; round++) {
                long b0 = tb.getCurrentThreadAllocatedBytes(), t0 = System.nanoTime();
                for (int i = 0; i < 20000; i++) f.trainStep(false);
                long t1 = System.nanoTime(), b1 = tb.getCurrentThreadAllocatedBytes();
                System.out.printf("round %d: %.1f us/step, %.0f B/step%n", round, (t1 - t0) / 2e4 / 1e3, (b1 - b0) / 2e4);
            }
        }
    }
}
