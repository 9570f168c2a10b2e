package dev.twolayer.train;

/**
 * Whether HdrHistogram (an optional dependency) is on the classpath. This class never names the library's types,
 * so loading it is always safe; only {@link HdrBridge} touches them, and only when {@link #AVAILABLE}.
 * System property {@code twolayer.hdrHistogram=false} disables it (for tests of the fallback).
 */
final class HdrSupport {
    private HdrSupport() {}

    static final boolean AVAILABLE = detect();

    private static boolean detect() {
        if ("false".equalsIgnoreCase(System.getProperty("twolayer.hdrHistogram"))) return false;
        try {
            Class.forName("org.HdrHistogram.Histogram", false, HdrSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
