package dev.twolayer.kernel;

/** Throwaway: padRows/unpadRows with the copy at offset 0 or ALIGN, and weightGradSegments on it. */
public class PadTiming2 {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), dp = VectorKernel.segmentStride(d);
        VectorBody b = new VectorBody512();
        float[] w = new float[k * d + 2 * k + 1], pw = new float[k * dp + 64], gp = new float[k + 16], x = new float[d];
        float[] scratch = new float[VectorBody.segmentScratchFloats(1, 16)];
        for (int i = 0; i < w.length; i++) w[i] = (float) Math.sin(i);
        for (int i = 0; i < gp.length; i++) gp[i] = (float) Math.cos(i);
        for (int i = 0; i < d; i++) x[i] = i;
        int n = 100_000, A = VectorWorkspace.ALIGN;
        for (int rep = 0; rep < 5; rep++) {
            StringBuilder sb = new StringBuilder("d=" + d + ": ");
            for (int off : new int[] {0, A}) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) b.padRows(w, k, d, dp, pw, off);
                long t1 = System.nanoTime();
                for (int i = 0; i < n; i++) b.weightGradSegments(x, 0, 1, d, dp, gp, k, null, pw, off, 1e-9f, scratch);
                long t2 = System.nanoTime();
                for (int i = 0; i < n; i++) b.unpadRows(pw, off, k, d, dp, w);
                long t3 = System.nanoTime();
                sb.append(String.format("off %d: pad %.0f wg %.0f unpad %.0f | ", off, (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t3 - t2) / (double) n));
            }
            System.out.println(sb);
        }
    }
}
