package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Many shapes in one JVM, as a research sweep runs them: pass 1 warms each shape in turn (the four calls of
 * AllocationTest, 20,000 times); pass 2 then measures every shape again, after all of them have run: bytes a call
 * (least over 20 rounds of 1,000 x 4 calls) and ns a call (median round). Prints one line per shape. Run with and
 * without -XX:PerMethodTrapLimit=... to see what the JIT's trap budget does to the shapes compiled late.
 */
public class Sweep {
    public static void main(String[] a) {
        int[][] shapes = { // d, k, rows: AllocationTest's single-thread VectorKernel fixtures, in its order
                {24, 40, 33}, {70, 40, 1}, {70, 40, 3}, {16, 40, 1}, {64, 40, 1}, {64, 40, 3}, {128, 40, 1},
                {64, 1030, 1}, {16, 8, 1}, {64, 8, 1}, {48, 5, 1}, {16, 8, 32}, {20, 5, 37}, {64, 3, 9},
                {80, 8, 37}, {1, 20, 45}, {3, 20, 45}, {96, 8, 40}, {80, 5, 40}, {1, 8, 1}, {1, 8, 33},
                {1, 40, 1}, {1, 40, 5}, {1, 20, 300}, {256, 256, 32}, {1024, 64, 1}, {256, 1024, 1}};
        VectorKernel vk = new VectorKernel();
        List<Object[]> cases = new ArrayList<>();
        for (int[] s : shapes) {
            Fixture f = Fixture.random(ModelSpec.builder(s[0], s[1]).build(), 0, s[2], false, new Random(45), false);
            cases.add(new Object[] {s, f, vk.newWorkspace(f.spec, f.rows), new float[f.spec.paramCount()],
                    new float[f.rows * f.spec.m()], f.params.clone()});
        }
        for (Object[] c : cases) round(c, vk, 20_000);
        System.out.println("d k rows bytes/call ns/call");
        for (Object[] c : cases) {
            int[] s = (int[]) c[0];
            long least = Long.MAX_VALUE;
            long[] ns = new long[20];
            int calls = 1000;
            for (int r = 0; r < ns.length; r++) {
                long b0 = bytes(), t0 = System.nanoTime();
                round(c, vk, calls);
                ns[r] = System.nanoTime() - t0;
                least = Math.min(least, bytes() - b0);
            }
            Arrays.sort(ns);
            System.out.printf("%d %d %d %.1f %.1f%n", s[0], s[1], s[2], least / (4.0 * calls),
                    ns[ns.length / 2] / (4.0 * calls));
        }
    }

    static double sink;

    private static void round(Object[] c, Kernel k, int calls) {
        Fixture f = (Fixture) c[1];
        Kernel.Workspace ws = (Kernel.Workspace) c[2];
        float[] grad = (float[]) c[3], out = (float[]) c[4], stepped = (float[]) c[5];
        for (int i = 0; i < calls; i++) {
            sink += k.forwardBackward(f.spec, f.params, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, grad, ws);
            k.forward(f.spec, f.params, f.x, f.row0, f.rows, out, ws);
            sink += k.sgdStep(f.spec, stepped, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, 1e-6f, grad, ws);
            sink += k.sgdStep(f.spec, stepped, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, 1e-6f, grad, false,
                    ws);
        }
    }

    private static long bytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
