package dev.twolayer.train;

import org.HdrHistogram.Histogram;

/** The only class that links against HdrHistogram; used only when {@link HdrSupport#AVAILABLE}. */
final class HdrBridge {
    private HdrBridge() {}

    /** Auto-resizing histogram, 3 significant digits: resizes (allocates) only when a new maximum needs it. */
    static Object newHistogram() { return new Histogram(3); }

    static void record(Object histogram, long nanos) { ((Histogram) histogram).recordValue(nanos); }
}
