public class Clk {
    public static void main(String[] a) {
        long n = 1_000_000_000L;
        for (int rep = 0; rep < 5; rep++) {
            long t = System.nanoTime();
            long x = rep;
            for (long i = 0; i < n; i++) { x = x * 3 + i; } // imul (3) + add (1) = 4 cycles/iter chain
            long dt = System.nanoTime() - t;
            System.out.printf("%.3f ns/iter  => %.2f GHz if 4 cycles (x=%d)%n", dt / (double) n, 4.0 * n / dt, x);
        }
    }
}
