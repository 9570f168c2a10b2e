package dev.twolayer.bench.harness;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * What a result set was measured on: CPU model, core counts, SIMD flags, the Vector API's preferred species, JDK.
 * Read from /proc/cpuinfo where present (Linux), else from system properties only. {@code cpuFamilyModel} is x86's
 * "family F model M" (null where /proc/cpuinfo has none, and in machine.json files written before it existed).
 */
public record MachineInfo(String cpuModel, int logicalCores, int physicalCores, String arch, List<String> simdFlags,
                          int preferredVectorBits, String jdkVersion, String jdkVendor, String vmName, String os,
                          long memoryBytes, String netlibBlas, String cpuFamilyModel) {

    /** CPU feature flags worth reporting for SIMD work (subset of /proc/cpuinfo's "flags"). */
    static final List<String> INTERESTING = List.of("sse4_2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512dq",
            "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16", "avx512_fp16", "avx_vnni", "amx_tile", "amx_bf16",
            "asimd", "sve", "sve2");

    public static MachineInfo detect() {
        String model = null, family = null, modelNumber = null;
        Set<String> flags = new LinkedHashSet<>();
        Set<String> physical = new HashSet<>();
        String physId = "0";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try {
                for (String line : Files.readAllLines(cpuinfo)) {
                    int colon = line.indexOf(':');
                    if (colon < 0) continue;
                    String key = line.substring(0, colon).trim(), value = line.substring(colon + 1).trim();
                    switch (key) {
                        case "model name", "Model", "cpu model" -> { if (model == null) model = value; }
                        case "flags", "Features" -> flags.addAll(Arrays.asList(value.split("\\s+")));
                        case "cpu family" -> { if (family == null) family = value; }
                        case "model" -> { if (modelNumber == null) modelNumber = value; }
                        case "physical id" -> physId = value;
                        case "core id" -> physical.add(physId + ":" + value);
                        default -> { }
                    }
                }
            } catch (IOException e) {
                // fall through to the property-based description
            }
        }
        int logical = Runtime.getRuntime().availableProcessors();
        List<String> simd = INTERESTING.stream().filter(flags::contains).toList();
        return new MachineInfo(model == null ? System.getProperty("os.arch") + " cpu" : model, logical,
                physical.isEmpty() ? logical : Math.min(physical.size(), logical), System.getProperty("os.arch"), simd,
                preferredBits(), Runtime.version().toString(), System.getProperty("java.vendor"),
                System.getProperty("java.vm.name"), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                totalMemory(), detectNetlibBlas(),
                family == null || modelNumber == null ? null : "family " + family + " model " + modelNumber);
    }

    /** The Vector API's preferred FloatVector width in bits, or 0 when jdk.incubator.vector is not loaded. */
    public static int preferredBits() {
        try {
            return jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize();
        } catch (LinkageError | RuntimeException e) {
            return 0;
        }
    }

    private static long totalMemory() {
        try {
            var os = ManagementFactory.getOperatingSystemMXBean();
            if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getTotalMemorySize();
        } catch (RuntimeException | LinkageError e) {
            // not available on this VM
        }
        return -1;
    }

    private static String detectNetlibBlas() {
        try {
            return new dev.twolayer.bench.impl.NetlibKernel().blasName();
        } catch (RuntimeException | LinkageError e) {
            return "unavailable";
        }
    }

    /**
     * Folder name for this machine: slug of the CPU model plus logical core count, e.g. "intel-xeon-8481c-2c". A model
     * name without a number, as hypervisors often report ("AMD EPYC"), also gets the family and model, e.g.
     * "amd-epyc-f25m17-2c": a Zen 4 (one 512-bit FMA a cycle) and a Zen 5 (two) were both "AMD EPYC" in the VMs here.
     */
    public String cpuId() {
        String slug = cpuModel.toLowerCase(Locale.ROOT)
                .replaceAll("\\(r\\)|\\(tm\\)|cpu|processor|@.*$|\\d+-core", " ")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "").replaceAll("-{2,}", "-");
        if (slug.isEmpty()) slug = arch;
        if (!slug.matches(".*\\d.*") && cpuFamilyModel != null && cpuFamilyModel.matches("family \\d+ model \\d+"))
            slug += "-" + cpuFamilyModel.replaceAll("family (\\d+) model (\\d+)", "f$1m$2");
        return slug + "-" + logicalCores + "c";
    }

    /** The CPU's name with its family and model where known: hypervisors report different CPUs by one name. */
    public String cpuLabel() {
        return cpuFamilyModel == null ? cpuModel : cpuModel + " (" + cpuFamilyModel + ")";
    }

    /**
     * A warning when netlib runs without a native BLAS (its Java code then stands in for OpenBLAS, 2-10x slower on the
     * Zen 4 at stop 37: a weaker baseline than the report's readers assume), else empty.
     */
    public String netlibBlasWarning() {
        if (netlibBlas == null || netlibBlas.startsWith("JNI")) return "";
        return "netlib has no native BLAS (" + netlibBlas + "): its times are its Java code's, not OpenBLAS's; install "
                + "one (e.g. Debian's libopenblas0-pthread) for the strongest baseline";
    }

    /** One line for logs and report headers. */
    public String summary() {
        return cpuLabel() + ", " + logicalCores + " logical / " + physicalCores + " physical cores, SIMD "
                + (simdFlags.isEmpty() ? "-" : String.join(" ", simdFlags)) + ", preferred species "
                + preferredVectorBits + "-bit, JDK " + jdkVersion + " (" + vmName + ")";
    }
}
