package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Stop 39's Sweep (27 shapes in one JVM, each warmed in turn with the four calls 20,000 times), then one shape
 * (args: d k rows) measured call by call: bytes a call of forwardBackward, forward and the two sgdSteps (least of 20
 * rounds of 1,000), with a JFR recording of allocation samples (every sample, no throttle) over those rounds only,
 * written to args[3]. Run it with -XX:PerMethodTrapLimit=20 to force the state stop 39 found.
 */
public class SweepOne {
    public static void main(String[] a) throws Exception {
        int[][] shapes = {
                {24, 40, 33}, {70, 40, 1}, {70, 40, 3}, {16, 40, 1}, {64, 40, 1}, {64, 40, 3}, {128, 40, 1},
                {64, 1030, 1}, {16, 8, 1}, {64, 8, 1}, {48, 5, 1}, {16, 8, 32}, {20, 5, 37}, {64, 3, 9},
                {80, 8, 37}, {1, 20, 45}, {3, 20, 45}, {96, 8, 40}, {80, 5, 40}, {1, 8, 1}, {1, 8, 33},
                {1, 40, 1}, {1, 40, 5}, {1, 20, 300}, {256, 256, 32}, {1024, 64, 1}, {256, 1024, 1}};
        VectorKernel vk = new VectorKernel();
        List<Fixture> fs = new ArrayList<>();
        for (int[] s : shapes) fs.add(Fixture.random(ModelSpec.builder(s[0], s[1]).build(), 0, s[2], false,
                new Random(45), false));
        for (Fixture f : fs) for (int op = 0; op < 4; op++) calls(vk, f, op, 20_000);
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        Fixture f = Fixture.random(ModelSpec.builder(d, k).build(), 0, rows, false, new Random(45), false);
        try (jdk.jfr.Recording r = new jdk.jfr.Recording()) {
            r.enable("jdk.ObjectAllocationSample").with("throttle", "off").withStackTrace();
            r.start();
            String[] names = {"forwardBackward", "forward", "sgdStep", "sgdStep(no grad)"};
            for (int op = 0; op < 4; op++) {
                long least = Long.MAX_VALUE;
                for (int round = 0; round < 20; round++) {
                    long b0 = bytes();
                    calls(vk, f, op, 1000);
                    least = Math.min(least, bytes() - b0);
                }
                System.out.printf("%d %d %d %s: %.1f bytes a call%n", d, k, rows, names[op], least / 1000.0);
            }
            r.stop();
            r.dump(Path.of(a[3]));
        }
    }

    static double sink;
    static final java.util.IdentityHashMap<Fixture, Object[]> state = new java.util.IdentityHashMap<>();

    private static void calls(Kernel kn, Fixture f, int op, int n) {
        Object[] s = state.computeIfAbsent(f, x -> new Object[] {kn.newWorkspace(x.spec, x.rows),
                new float[x.spec.paramCount()], new float[x.rows * x.spec.m()], x.params.clone()});
        Kernel.Workspace ws = (Kernel.Workspace) s[0];
        float[] grad = (float[]) s[1], out = (float[]) s[2], stepped = (float[]) s[3];
        for (int i = 0; i < n; i++) {
            switch (op) {
                case 0 -> sink += kn.forwardBackward(f.spec, f.params, f.x, f.y, f.weights, f.row0, f.rows,
                        f.lossScale, grad, ws);
                case 1 -> kn.forward(f.spec, f.params, f.x, f.row0, f.rows, out, ws);
                case 2 -> sink += kn.sgdStep(f.spec, stepped, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale,
                        1e-6f, grad, ws);
                default -> sink += kn.sgdStep(f.spec, stepped, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale,
                        1e-6f, grad, false, ws);
            }
        }
    }

    private static long bytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
