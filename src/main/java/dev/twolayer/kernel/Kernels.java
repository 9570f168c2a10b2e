package dev.twolayer.kernel;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the kernel implementation, in the style of Lucene's vectorization provider.
 *
 * <p>{@link #best()} decides once per JVM and logs one INFO line (System.Logger {@code dev.twolayer.kernel.Kernels})
 * saying which kernel and why. Rules: the system property {@value #PROPERTY} (a name from {@link #names()}, e.g.
 * {@code scalar}, {@code vector}, {@code vector-256}, optionally with {@code -mtN} for N threads) forces a kernel;
 * otherwise the vector kernel is used when the module {@code jdk.incubator.vector} is in the boot layer, the class
 * {@code dev.twolayer.kernel.VectorKernel} loads and the JIT is C2; else the scalar kernel, with a line saying what
 * to change. A fallback is never silent.
 */
public final class Kernels {
    /** System property forcing a kernel by name. */
    public static final String PROPERTY = "twolayer.kernel";
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    static final String VECTOR_CLASS = "dev.twolayer.kernel.VectorKernel";
    private static final System.Logger LOG = System.getLogger(Kernels.class.getName());

    private static volatile Choice best;

    private Kernels() {}

    /** A chosen kernel and the one-line reason that {@link #best()} logs. */
    record Choice(Kernel kernel, String line) {}

    /** The best kernel for this JVM, chosen on first use and cached; logs the choice once. */
    public static Kernel best() {
        Choice c = best;
        if (c == null) {
            synchronized (Kernels.class) {
                c = best;
                if (c == null) {
                    c = choose(System.getProperty(PROPERTY));
                    LOG.log(System.Logger.Level.INFO, c.line());
                    best = c;
                }
            }
        }
        return c.kernel();
    }

    /** The line {@link #best()} logged (choosing first if needed). */
    public static String bestReason() {
        best();
        return best.line();
    }

    /** Decides without caching or logging; {@code forced} is the property value or null. */
    static Choice choose(String forced) {
        if (forced != null && !forced.isBlank()) {
            String name = forced.trim();
            Kernel k;
            try {
                k = byName(name);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new IllegalArgumentException("system property " + PROPERTY + "=" + forced + ": " + e.getMessage(), e);
            }
            return new Choice(k, "twolayer: using " + k.name() + " kernel" + speciesNote(name)
                    + " (forced by -D" + PROPERTY + "=" + name + ")");
        }
        String problem = vectorProblem();
        if (problem == null) problem = jitProblem();
        if (problem == null) {
            try {
                Kernel k = newVectorKernel(0);
                return new Choice(k, "twolayer: using " + k.name() + " kernel" + speciesNote("vector"));
            } catch (RuntimeException | LinkageError e) {
                problem = "the vector kernel failed to start (" + e + ")";
            }
        }
        return new Choice(new ScalarKernel(),
                "twolayer: " + problem + "; using the scalar kernel, expect ~10-100x slower");
    }

    /**
     * A kernel by name: {@code scalar}, {@code vector} (preferred species), {@code vector-128}, {@code vector-256},
     * {@code vector-512} (up to the CPU's preferred width); any of them with {@code -mtN} appended gives a
     * {@link ParallelKernel} over N threads, which the caller should {@link ParallelKernel#close() close}.
     *
     * @throws IllegalArgumentException for an unknown name or one not available in this JVM (the message lists the
     *                                  available names and, for vector names, what is missing)
     */
    public static Kernel byName(String name) {
        if (name == null) throw new IllegalArgumentException("kernel name is null; known: " + names());
        int mt = name.lastIndexOf("-mt");
        if (mt > 0) {
            int threads;
            try {
                threads = Integer.parseInt(name.substring(mt + 3));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad thread count in kernel name '" + name
                        + "'; expected e.g. scalar-mt2");
            }
            if (threads < 1) throw new IllegalArgumentException("thread count must be >= 1 in kernel name '" + name + "'");
            return new ParallelKernel(byName(name.substring(0, mt)), threads);
        }
        switch (name) {
            case "scalar":
                return new ScalarKernel();
            case "vector", "vector-128", "vector-256", "vector-512": {
                String problem = vectorProblem();
                if (problem != null)
                    throw new IllegalArgumentException("kernel '" + name + "' is not available: " + problem);
                int bits = name.equals("vector") ? 0 : Integer.parseInt(name.substring("vector-".length()));
                int preferred = preferredVectorBits();
                if (bits > preferred)
                    throw new IllegalArgumentException("kernel '" + name + "' needs " + bits
                            + "-bit vectors but this CPU's preferred species is " + preferred + " bits; available: "
                            + names());
                return newVectorKernel(bits);
            }
            default:
                throw new IllegalArgumentException("unknown kernel '" + name + "'; available in this JVM: " + names()
                        + " (append -mtN for N threads)");
        }
    }

    /** Names {@link #byName} accepts in this JVM (without the {@code -mtN} variants). */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add("scalar");
        if (vectorProblem() == null) {
            names.add("vector");
            int preferred = preferredVectorBits();
            for (int bits = 128; bits <= preferred && bits <= 512; bits *= 2) names.add("vector-" + bits);
        }
        return names;
    }

    /** Whether {@link #byName}("vector") can work here: the module is present and VectorKernel loads. */
    public static boolean vectorAvailable() {
        return vectorProblem() == null;
    }

    /** Why the vector kernel cannot be used in this JVM, or null when it can. */
    static String vectorProblem() {
        Optional<Module> module = ModuleLayer.boot().findModule(VECTOR_MODULE);
        if (module.isEmpty())
            return VECTOR_MODULE + " not available (start the JVM with --add-modules " + VECTOR_MODULE + ")";
        try {
            Class.forName(VECTOR_CLASS, false, Kernels.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return "the class " + VECTOR_CLASS + " is missing from this build";
        }
        return null;
    }

    /** Why the JIT cannot run the Vector API fast (no C2), or null when it can or we cannot tell. */
    static String jitProblem() {
        String info = System.getProperty("java.vm.info", "");
        if (info.contains("interpreted mode")) return "the JVM runs interpreted (-Xint), the Vector API needs C2";
        try {
            var bean = java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class);
            if (bean == null) return null;
            boolean tiered = Boolean.parseBoolean(bean.getVMOption("TieredCompilation").getValue());
            int stopAt = Integer.parseInt(bean.getVMOption("TieredStopAtLevel").getValue());
            if (tiered && stopAt < 4)
                return "the JIT stops at tier " + stopAt + " (-XX:TieredStopAtLevel), the Vector API needs C2";
            if (!Boolean.parseBoolean(bean.getVMOption("UseCompiler").getValue()))
                return "the JIT compiler is off, the Vector API needs C2";
        } catch (Throwable e) {
            // No management module or no such flag (not HotSpot): cannot tell, assume C2.
        }
        return null;
    }

    private static Kernel newVectorKernel(int bits) {
        try {
            Class<?> c = Class.forName(VECTOR_CLASS, true, Kernels.class.getClassLoader());
            return (Kernel) c.getConstructor(int.class).newInstance(bits);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException("cannot create " + VECTOR_CLASS + ": " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + VECTOR_CLASS + "(int bitSize): " + e, e);
        }
    }

    /** Bit size of FloatVector.SPECIES_PREFERRED, read reflectively so this class links without the module. */
    static int preferredVectorBits() {
        try {
            Class<?> fv = Class.forName("jdk.incubator.vector.FloatVector");
            Object species = fv.getField("SPECIES_PREFERRED").get(null);
            Class<?> vs = Class.forName("jdk.incubator.vector.VectorSpecies");
            return (Integer) vs.getMethod("vectorBitSize").invoke(species);
        } catch (ReflectiveOperationException | LinkageError e) {
            return 0;
        }
    }

    private static String speciesNote(String name) {
        String base = name.contains("-mt") ? name.substring(0, name.lastIndexOf("-mt")) : name;
        if (!base.startsWith("vector")) return "";
        int bits = base.equals("vector") ? preferredVectorBits() : Integer.parseInt(base.substring("vector-".length()));
        return " (FloatVector SPECIES_" + bits + ", " + bits / 32 + " lanes)";
    }
}
