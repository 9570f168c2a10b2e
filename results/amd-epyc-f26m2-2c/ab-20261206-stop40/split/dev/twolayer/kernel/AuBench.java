package dev.twolayer.kernel;
import java.lang.reflect.Method;
/** VectorBody512.activeUnits alone: ns a call over k units, half of them active at random. Usage: k */
public class AuBench {
    public static void main(String[] a) throws Throwable {
        int k = Integer.parseInt(a[0]);
        Method m = VectorBody512.class.getDeclaredMethod("activeUnits", float[].class, int.class, int.class, int[].class);
        m.setAccessible(true);
        java.lang.invoke.MethodHandle h = java.lang.invoke.MethodHandles.lookup().unreflect(m);
        float[][] gps = new float[64][k];
        java.util.Random r = new java.util.Random(3);
        for (float[] gp : gps) for (int j = 0; j < k; j++) gp[j] = r.nextBoolean() ? 0f : (float) r.nextGaussian();
        int[] units = new int[k + 16];
        long sink = 0;
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime(); int n = 0;
            for (int it = 0; it < 20000; it++) { sink += (int) h.invokeExact(gps[it & 63], 0, k, units); n++; }
            System.out.printf("k=%d: %.1f ns a call%n", k, (System.nanoTime() - t0) / (double) n);
        }
        System.out.println(sink);
    }
}
