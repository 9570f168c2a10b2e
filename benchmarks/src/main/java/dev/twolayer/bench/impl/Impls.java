package dev.twolayer.bench.impl;

import dev.twolayer.kernel.Kernel;

import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark's implementation names (the JMH {@code impl} parameter) and how each becomes a {@link Kernel}.
 *
 * <p>The library's kernels are looked up reflectively ({@code dev.twolayer.kernel.Kernels.byName}, {@code VectorKernel},
 * {@code ParallelKernel}), so this module compiles and runs whatever kernels the checked-out library has: a name that
 * cannot be resolved raises {@link UnavailableImplException} saying why, and the harness reports it instead of
 * crashing. Any name not listed here is passed to {@code Kernels.byName}, so new library kernels plug in by name.
 */
public final class Impls {
    private Impls() {}

    /** The default implementation list, in report order. */
    public static final List<String> DEFAULT = List.of(
            "scalar", "autovec", "vector", "vector-256", "vector-mt", "ejml", "ojalgo", "netlib");

    /** The baselines built on other libraries' matrix multiply. */
    public static final List<String> BASELINES = List.of("ejml", "ojalgo", "netlib");

    private static final String PKG = "dev.twolayer.kernel.";

    /** Thrown when an implementation name cannot be turned into a kernel in this build or on this CPU. */
    public static final class UnavailableImplException extends RuntimeException {
        public UnavailableImplException(String impl, String why, Throwable cause) {
            super("implementation '" + impl + "' is unavailable: " + why, cause);
        }
    }

    /** What each name means, for reports and --help. */
    public static Map<String, String> descriptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("scalar", "library ScalarKernel: plain scalar Java");
        m.put("autovec", "plain Java axpy loops written for C2 auto-vectorisation (benchmarks module)");
        m.put("vector", "library VectorKernel, preferred species");
        m.put("vector-256", "library VectorKernel, 256-bit species");
        m.put("vector-mt", "library ParallelKernel over VectorKernel (preferred), all cores");
        m.put("ejml", "EJML ejml-fdense GEMM + shared elementwise code");
        m.put("ojalgo", "ojAlgo R032Store GEMM + shared elementwise code");
        m.put("netlib", "netlib-java sgemm (" + netlibBlasName() + ") + shared elementwise code");
        return m;
    }

    /**
     * A new kernel for {@code impl}. {@code batchHint} sizes the shards of multi-threaded kernels.
     * Kernels that hold threads are {@link AutoCloseable}: close them with {@link #closeQuietly}.
     */
    public static Kernel create(String impl, int batchHint) {
        int threads = Runtime.getRuntime().availableProcessors();
        return switch (impl) {
            case "autovec" -> new AutoVecKernel();
            case "ejml" -> new EjmlKernel();
            case "ojalgo" -> new OjAlgoKernel();
            case "netlib" -> new NetlibKernel();
            case "reference" -> new ReferenceKernel();
            case "scalar" -> newLibraryKernel(impl, "ScalarKernel", new Class<?>[0]);
            case "vector" -> newLibraryKernel(impl, "VectorKernel", new Class<?>[]{int.class}, 0);
            case "vector-mt" -> {
                Kernel inner = newLibraryKernel(impl, "VectorKernel", new Class<?>[]{int.class}, 0);
                // default shard size: the partition depends on the batch only, as in training
                yield newLibraryKernel(impl, "ParallelKernel", new Class<?>[]{Kernel.class, int.class}, inner, threads);
            }
            default -> impl.matches("vector-\\d+")
                    ? newLibraryKernel(impl, "VectorKernel", new Class<?>[]{int.class}, Integer.parseInt(impl.substring(7)))
                    : byName(impl);
        };
    }

    /** Null when {@code impl} can be created here, else the reason it cannot. */
    public static Optional<String> unavailableReason(String impl) {
        try {
            closeQuietly(create(impl, 8));
            return Optional.empty();
        } catch (UnavailableImplException e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            return Optional.of("implementation '" + impl + "' failed to construct: " + e);
        }
    }

    /** Releases threads of kernels that hold them (ParallelKernel); no-op for the rest. */
    public static void closeQuietly(Kernel kernel) {
        if (kernel instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing a pool at the end of a benchmark: nothing useful to do with a failure
            }
        }
    }

    private static Kernel byName(String impl) {
        try {
            Class<?> kernels = Class.forName(PKG + "Kernels");
            return (Kernel) kernels.getMethod("byName", String.class).invoke(null, impl);
        } catch (ClassNotFoundException e) {
            throw new UnavailableImplException(impl, "class " + PKG + "Kernels is not in this build (library kernels not merged yet?)", e);
        } catch (InvocationTargetException e) {
            throw new UnavailableImplException(impl, "Kernels.byName(\"" + impl + "\") threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new UnavailableImplException(impl, "Kernels.byName(String) not callable: " + e, e);
        }
    }

    private static Kernel newLibraryKernel(String impl, String simpleName, Class<?>[] types, Object... args) {
        try {
            Class<?> c = Class.forName(PKG + simpleName);
            return (Kernel) c.getConstructor(types).newInstance(args);
        } catch (ClassNotFoundException e) {
            throw new UnavailableImplException(impl, "class " + PKG + simpleName + " is not in this build (library kernel not merged yet?)", e);
        } catch (InvocationTargetException e) {
            throw new UnavailableImplException(impl, simpleName + " constructor threw " + e.getCause(), e.getCause());
        } catch (NoClassDefFoundError e) {
            throw new UnavailableImplException(impl, simpleName + " needs " + e.getMessage()
                    + " (run with --add-modules jdk.incubator.vector)", e);
        } catch (ReflectiveOperationException e) {
            throw new UnavailableImplException(impl, simpleName + " has no public constructor " + java.util.Arrays.toString(types), e);
        }
    }

    private static String netlibBlasName() {
        try {
            return new NetlibKernel().blasName();
        } catch (RuntimeException | LinkageError e) {
            return "unavailable: " + e;
        }
    }
}
