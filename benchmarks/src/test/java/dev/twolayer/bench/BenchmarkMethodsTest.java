package dev.twolayer.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BenchmarkMethodsTest {

    /**
     * A benchmark whose result is a primitive returns it as one: JMH sinks a double as it is, while a boxed Double
     * (64 bytes with the grid's -XX:ObjectAlignmentInBytes=64) showed as 64 B/op in -prof gc at every cell and hid
     * whether the kernel itself allocates.
     */
    @Test
    void lossBenchmarksReturnAPrimitive() {
        List<Method> found = new ArrayList<>();
        for (Class<?> c : List.of(TrainStepBenchmark.class, ForwardBackwardBenchmark.class,
                ModelOptionsBenchmark.class, OutputsBenchmark.class))
            for (Method m : c.getDeclaredMethods())
                if (m.isAnnotationPresent(Benchmark.class)) {
                    found.add(m);
                    assertEquals(double.class, m.getReturnType(), m + " must return the loss as a double");
                }
        assertEquals(4, found.size(), "one @Benchmark method in each: " + found);
    }
}
