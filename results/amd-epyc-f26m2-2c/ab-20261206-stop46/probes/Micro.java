public class Micro {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        SamplesD2 sd = new SamplesD2(d, k, rows);
        float[] p = new float[k * d + 2 * k + 1];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < p.length; i++) p[i] = (float) r.nextGaussian();
        for (int i = 0; i < sd.xt.length; i++) sd.xt[i] = (float) r.nextGaussian();
        for (int i = 0; i < sd.g.length; i++) sd.g[i] = (float) r.nextGaussian();
        int n = 2_000_000; float[] wb = new float[k * d * 16 + 16]; for (int i = 0; i < wb.length; i++) wb[i] = (float) r.nextGaussian();
        for (int rep = 0; rep < 5; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) sd.zTile44(p, 0, (i & 7) * 4 % (sd.blocks - 3));
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) sd.zTile44b(wb, p, 0, (i & 7) * 4 % (sd.blocks - 3));
            long t1b = System.nanoTime();
            System.out.printf("zTile44b %.1f cycles%n", 4.2 * (t1b - t1) / n);
            t1 = System.nanoTime();
            for (int i = 0; i < n / 10; i++) sd.dwTile44(0, 0);
            long t2 = System.nanoTime();
            System.out.printf("zTile44 %.1f ns (%.1f cycles at 4.2 GHz; %d FMAs), dwTile44 %.1f ns (%d FMAs)%n", (t1 - t0) / (double) n, 4.2 * (t1 - t0) / n, 16 * d, (t2 - t1) / (n / 10.0), 16 * sd.blocks);
        }
    }
}
