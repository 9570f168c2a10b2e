package dev.twolayer.bench;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Question: what are this CPU's FP32 peak and memory bandwidth, as the yardstick for "% of peak"?
 * <ul>
 *   <li>{@code fmaN} / {@code fmaNAllThreads}: 12 independent FMA chains of N-bit FloatVectors (enough to cover
 *   FMA latency x ports on current cores), 1 thread and all threads. One op = {@link #INNER} x {@link #ACC} FMAs =
 *   {@code INNER * ACC * 2 * N/32} FLOP ({@link #flopsPerOp(int)}). Each width is its own method because the
 *   species must be a compile-time constant for C2 to intrinsify; the harness only runs widths up to the preferred
 *   species (wider ones would run the slow emulation).</li>
 *   <li>{@code triad} / {@code triadAllThreads}: STREAM triad {@code a[i] = b[i] + s * c[i]} over per-thread arrays
 *   far larger than cache; one op moves {@link #triadBytesPerOp(int)} bytes (STREAM's 3 x 4 bytes per element).</li>
 * </ul>
 * Generated once by hand-run script (12 unrolled chains per width); edit all methods alike.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector"})
public class PeakBenchmark {
    public static final int INNER = 1000;
    public static final int ACC = 12;

    static final VectorSpecies<Float> S128 = FloatVector.SPECIES_128;
    static final VectorSpecies<Float> S256 = FloatVector.SPECIES_256;
    static final VectorSpecies<Float> S512 = FloatVector.SPECIES_512;

    /** FLOPs of one invocation of {@code fma<bits>} (per thread). */
    public static double flopsPerOp(int bits) { return (double) INNER * ACC * 2 * (bits / 32); }

    /** Bytes moved by one triad invocation over arrays of {@code elements} floats. */
    public static double triadBytesPerOp(int elements) { return 3.0 * Float.BYTES * elements; }

    @State(Scope.Thread)
    public static class FmaState {
        // fields, not constants, so C2 cannot fold the chains; the fixed point 1e-6/(1-0.999999)=1 stays normal
        float mul = 0.999999f, add = 1e-6f, seed = 1f;
    }

    @State(Scope.Thread)
    public static class TriadState {
        /** Floats per array; 4 Mi floats = 16 MiB each, 48 MiB per thread: beyond any L3 of a small machine. */
        @Param({"4194304"}) public int elements;
        float[] a, b, c;
        float scalar = 3f;

        @Setup(Level.Trial)
        public void setup() {
            a = new float[elements];
            b = new float[elements];
            c = new float[elements];
            java.util.Arrays.fill(b, 1f);
            java.util.Arrays.fill(c, 2f);
        }
    }

    @Benchmark
    public void fma128(FmaState s, Blackhole bh) {
        FloatVector m = FloatVector.broadcast(S128, s.mul), c = FloatVector.broadcast(S128, s.add);
        FloatVector a0 = FloatVector.broadcast(S128, s.seed + 0);
        FloatVector a1 = FloatVector.broadcast(S128, s.seed + 1);
        FloatVector a2 = FloatVector.broadcast(S128, s.seed + 2);
        FloatVector a3 = FloatVector.broadcast(S128, s.seed + 3);
        FloatVector a4 = FloatVector.broadcast(S128, s.seed + 4);
        FloatVector a5 = FloatVector.broadcast(S128, s.seed + 5);
        FloatVector a6 = FloatVector.broadcast(S128, s.seed + 6);
        FloatVector a7 = FloatVector.broadcast(S128, s.seed + 7);
        FloatVector a8 = FloatVector.broadcast(S128, s.seed + 8);
        FloatVector a9 = FloatVector.broadcast(S128, s.seed + 9);
        FloatVector a10 = FloatVector.broadcast(S128, s.seed + 10);
        FloatVector a11 = FloatVector.broadcast(S128, s.seed + 11);
        for (int i = 0; i < INNER; i++) {
            a0 = a0.fma(m, c);
            a1 = a1.fma(m, c);
            a2 = a2.fma(m, c);
            a3 = a3.fma(m, c);
            a4 = a4.fma(m, c);
            a5 = a5.fma(m, c);
            a6 = a6.fma(m, c);
            a7 = a7.fma(m, c);
            a8 = a8.fma(m, c);
            a9 = a9.fma(m, c);
            a10 = a10.fma(m, c);
            a11 = a11.fma(m, c);
        }
        bh.consume(a0.reduceLanes(VectorOperators.ADD) + a1.reduceLanes(VectorOperators.ADD) + a2.reduceLanes(VectorOperators.ADD) + a3.reduceLanes(VectorOperators.ADD) + a4.reduceLanes(VectorOperators.ADD) + a5.reduceLanes(VectorOperators.ADD) + a6.reduceLanes(VectorOperators.ADD) + a7.reduceLanes(VectorOperators.ADD) + a8.reduceLanes(VectorOperators.ADD) + a9.reduceLanes(VectorOperators.ADD) + a10.reduceLanes(VectorOperators.ADD) + a11.reduceLanes(VectorOperators.ADD));
    }

    @Benchmark
    @Threads(Threads.MAX)
    public void fma128AllThreads(FmaState s, Blackhole bh) {
        FloatVector m = FloatVector.broadcast(S128, s.mul), c = FloatVector.broadcast(S128, s.add);
        FloatVector a0 = FloatVector.broadcast(S128, s.seed + 0);
        FloatVector a1 = FloatVector.broadcast(S128, s.seed + 1);
        FloatVector a2 = FloatVector.broadcast(S128, s.seed + 2);
        FloatVector a3 = FloatVector.broadcast(S128, s.seed + 3);
        FloatVector a4 = FloatVector.broadcast(S128, s.seed + 4);
        FloatVector a5 = FloatVector.broadcast(S128, s.seed + 5);
        FloatVector a6 = FloatVector.broadcast(S128, s.seed + 6);
        FloatVector a7 = FloatVector.broadcast(S128, s.seed + 7);
        FloatVector a8 = FloatVector.broadcast(S128, s.seed + 8);
        FloatVector a9 = FloatVector.broadcast(S128, s.seed + 9);
        FloatVector a10 = FloatVector.broadcast(S128, s.seed + 10);
        FloatVector a11 = FloatVector.broadcast(S128, s.seed + 11);
        for (int i = 0; i < INNER; i++) {
            a0 = a0.fma(m, c);
            a1 = a1.fma(m, c);
            a2 = a2.fma(m, c);
            a3 = a3.fma(m, c);
            a4 = a4.fma(m, c);
            a5 = a5.fma(m, c);
            a6 = a6.fma(m, c);
            a7 = a7.fma(m, c);
            a8 = a8.fma(m, c);
            a9 = a9.fma(m, c);
            a10 = a10.fma(m, c);
            a11 = a11.fma(m, c);
        }
        bh.consume(a0.reduceLanes(VectorOperators.ADD) + a1.reduceLanes(VectorOperators.ADD) + a2.reduceLanes(VectorOperators.ADD) + a3.reduceLanes(VectorOperators.ADD) + a4.reduceLanes(VectorOperators.ADD) + a5.reduceLanes(VectorOperators.ADD) + a6.reduceLanes(VectorOperators.ADD) + a7.reduceLanes(VectorOperators.ADD) + a8.reduceLanes(VectorOperators.ADD) + a9.reduceLanes(VectorOperators.ADD) + a10.reduceLanes(VectorOperators.ADD) + a11.reduceLanes(VectorOperators.ADD));
    }

    @Benchmark
    public void fma256(FmaState s, Blackhole bh) {
        FloatVector m = FloatVector.broadcast(S256, s.mul), c = FloatVector.broadcast(S256, s.add);
        FloatVector a0 = FloatVector.broadcast(S256, s.seed + 0);
        FloatVector a1 = FloatVector.broadcast(S256, s.seed + 1);
        FloatVector a2 = FloatVector.broadcast(S256, s.seed + 2);
        FloatVector a3 = FloatVector.broadcast(S256, s.seed + 3);
        FloatVector a4 = FloatVector.broadcast(S256, s.seed + 4);
        FloatVector a5 = FloatVector.broadcast(S256, s.seed + 5);
        FloatVector a6 = FloatVector.broadcast(S256, s.seed + 6);
        FloatVector a7 = FloatVector.broadcast(S256, s.seed + 7);
        FloatVector a8 = FloatVector.broadcast(S256, s.seed + 8);
        FloatVector a9 = FloatVector.broadcast(S256, s.seed + 9);
        FloatVector a10 = FloatVector.broadcast(S256, s.seed + 10);
        FloatVector a11 = FloatVector.broadcast(S256, s.seed + 11);
        for (int i = 0; i < INNER; i++) {
            a0 = a0.fma(m, c);
            a1 = a1.fma(m, c);
            a2 = a2.fma(m, c);
            a3 = a3.fma(m, c);
            a4 = a4.fma(m, c);
            a5 = a5.fma(m, c);
            a6 = a6.fma(m, c);
            a7 = a7.fma(m, c);
            a8 = a8.fma(m, c);
            a9 = a9.fma(m, c);
            a10 = a10.fma(m, c);
            a11 = a11.fma(m, c);
        }
        bh.consume(a0.reduceLanes(VectorOperators.ADD) + a1.reduceLanes(VectorOperators.ADD) + a2.reduceLanes(VectorOperators.ADD) + a3.reduceLanes(VectorOperators.ADD) + a4.reduceLanes(VectorOperators.ADD) + a5.reduceLanes(VectorOperators.ADD) + a6.reduceLanes(VectorOperators.ADD) + a7.reduceLanes(VectorOperators.ADD) + a8.reduceLanes(VectorOperators.ADD) + a9.reduceLanes(VectorOperators.ADD) + a10.reduceLanes(VectorOperators.ADD) + a11.reduceLanes(VectorOperators.ADD));
    }

    @Benchmark
    @Threads(Threads.MAX)
    public void fma256AllThreads(FmaState s, Blackhole bh) {
        FloatVector m = FloatVector.broadcast(S256, s.mul), c = FloatVector.broadcast(S256, s.add);
        FloatVector a0 = FloatVector.broadcast(S256, s.seed + 0);
        FloatVector a1 = FloatVector.broadcast(S256, s.seed + 1);
        FloatVector a2 = FloatVector.broadcast(S256, s.seed + 2);
        FloatVector a3 = FloatVector.broadcast(S256, s.seed + 3);
        FloatVector a4 = FloatVector.broadcast(S256, s.seed + 4);
        FloatVector a5 = FloatVector.broadcast(S256, s.seed + 5);
        FloatVector a6 = FloatVector.broadcast(S256, s.seed + 6);
        FloatVector a7 = FloatVector.broadcast(S256, s.seed + 7);
        FloatVector a8 = FloatVector.broadcast(S256, s.seed + 8);
        FloatVector a9 = FloatVector.broadcast(S256, s.seed + 9);
        FloatVector a10 = FloatVector.broadcast(S256, s.seed + 10);
        FloatVector a11 = FloatVector.broadcast(S256, s.seed + 11);
        for (int i = 0; i < INNER; i++) {
            a0 = a0.fma(m, c);
            a1 = a1.fma(m, c);
            a2 = a2.fma(m, c);
            a3 = a3.fma(m, c);
            a4 = a4.fma(m, c);
            a5 = a5.fma(m, c);
            a6 = a6.fma(m, c);
            a7 = a7.fma(m, c);
            a8 = a8.fma(m, c);
            a9 = a9.fma(m, c);
            a10 = a10.fma(m, c);
            a11 = a11.fma(m, c);
        }
        bh.consume(a0.reduceLanes(VectorOperators.ADD) + a1.reduceLanes(VectorOperators.ADD) + a2.reduceLanes(VectorOperators.ADD) + a3.reduceLanes(VectorOperators.ADD) + a4.reduceLanes(VectorOperators.ADD) + a5.reduceLanes(VectorOperators.ADD) + a6.reduceLanes(VectorOperators.ADD) + a7.reduceLanes(VectorOperators.ADD) + a8.reduceLanes(VectorOperators.ADD) + a9.reduceLanes(VectorOperators.ADD) + a10.reduceLanes(VectorOperators.ADD) + a11.reduceLanes(VectorOperators.ADD));
    }

    @Benchmark
    public void fma512(FmaState s, Blackhole bh) {
        FloatVector m = FloatVector.broadcast(S512, s.mul), c = FloatVector.broadcast(S512, s.add);
        FloatVector a0 = FloatVector.broadcast(S512, s.seed + 0);
        FloatVector a1 = FloatVector.broadcast(S512, s.seed + 1);
        FloatVector a2 = FloatVector.broadcast(S512, s.seed + 2);
        FloatVector a3 = FloatVector.broadcast(S512, s.seed + 3);
        FloatVector a4 = FloatVector.broadcast(S512, s.seed + 4);
        FloatVector a5 = FloatVector.broadcast(S512, s.seed + 5);
        FloatVector a6 = FloatVector.broadcast(S512, s.seed + 6);
        FloatVector a7 = FloatVector.broadcast(S512, s.seed + 7);
        FloatVector a8 = FloatVector.broadcast(S512, s.seed + 8);
        FloatVector a9 = FloatVector.broadcast(S512, s.seed + 9);
        FloatVector a10 = FloatVector.broadcast(S512, s.seed + 10);
        FloatVector a11 = FloatVector.broadcast(S512, s.seed + 11);
        for (int i = 0; i < INNER; i++) {
            a0 = a0.fma(m, c);
            a1 = a1.fma(m, c);
            a2 = a2.fma(m, c);
            a3 = a3.fma(m, c);
            a4 = a4.fma(m, c);
            a5 = a5.fma(m, c);
            a6 = a6.fma(m, c);
            a7 = a7.fma(m, c);
            a8 = a8.fma(m, c);
            a9 = a9.fma(m, c);
            a10 = a10.fma(m, c);
            a11 = a11.fma(m, c);
        }
        bh.consume(a0.reduceLanes(VectorOperators.ADD) + a1.reduceLanes(VectorOperators.ADD) + a2.reduceLanes(VectorOperators.ADD) + a3.reduceLanes(VectorOperators.ADD) + a4.reduceLanes(VectorOperators.ADD) + a5.reduceLanes(VectorOperators.ADD) + a6.reduceLanes(VectorOperators.ADD) + a7.reduceLanes(VectorOperators.ADD) + a8.reduceLanes(VectorOperators.ADD) + a9.reduceLanes(VectorOperators.ADD) + a10.reduceLanes(VectorOperators.ADD) + a11.reduceLanes(VectorOperators.ADD));
    }

    @Benchmark
    @Threads(Threads.MAX)
    public void fma512AllThreads(FmaState s, Blackhole bh) {
        FloatVector m = FloatVector.broadcast(S512, s.mul), c = FloatVector.broadcast(S512, s.add);
        FloatVector a0 = FloatVector.broadcast(S512, s.seed + 0);
        FloatVector a1 = FloatVector.broadcast(S512, s.seed + 1);
        FloatVector a2 = FloatVector.broadcast(S512, s.seed + 2);
        FloatVector a3 = FloatVector.broadcast(S512, s.seed + 3);
        FloatVector a4 = FloatVector.broadcast(S512, s.seed + 4);
        FloatVector a5 = FloatVector.broadcast(S512, s.seed + 5);
        FloatVector a6 = FloatVector.broadcast(S512, s.seed + 6);
        FloatVector a7 = FloatVector.broadcast(S512, s.seed + 7);
        FloatVector a8 = FloatVector.broadcast(S512, s.seed + 8);
        FloatVector a9 = FloatVector.broadcast(S512, s.seed + 9);
        FloatVector a10 = FloatVector.broadcast(S512, s.seed + 10);
        FloatVector a11 = FloatVector.broadcast(S512, s.seed + 11);
        for (int i = 0; i < INNER; i++) {
            a0 = a0.fma(m, c);
            a1 = a1.fma(m, c);
            a2 = a2.fma(m, c);
            a3 = a3.fma(m, c);
            a4 = a4.fma(m, c);
            a5 = a5.fma(m, c);
            a6 = a6.fma(m, c);
            a7 = a7.fma(m, c);
            a8 = a8.fma(m, c);
            a9 = a9.fma(m, c);
            a10 = a10.fma(m, c);
            a11 = a11.fma(m, c);
        }
        bh.consume(a0.reduceLanes(VectorOperators.ADD) + a1.reduceLanes(VectorOperators.ADD) + a2.reduceLanes(VectorOperators.ADD) + a3.reduceLanes(VectorOperators.ADD) + a4.reduceLanes(VectorOperators.ADD) + a5.reduceLanes(VectorOperators.ADD) + a6.reduceLanes(VectorOperators.ADD) + a7.reduceLanes(VectorOperators.ADD) + a8.reduceLanes(VectorOperators.ADD) + a9.reduceLanes(VectorOperators.ADD) + a10.reduceLanes(VectorOperators.ADD) + a11.reduceLanes(VectorOperators.ADD));
    }

    @Benchmark
    public float[] triad(TriadState s) { return triadLoop(s); }

    @Benchmark
    @Threads(Threads.MAX)
    public float[] triadAllThreads(TriadState s) { return triadLoop(s); }

    private static float[] triadLoop(TriadState s) {
        float[] a = s.a, b = s.b, c = s.c;
        float q = s.scalar;
        for (int i = 0; i < a.length; i++) a[i] = b[i] + q * c[i];
        return a;
    }
}
