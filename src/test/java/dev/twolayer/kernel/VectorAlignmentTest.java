package dev.twolayer.kernel;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The workspace's packed W^T and X start on a 64-byte boundary when the JVM aligns objects to 64 bytes. The surefire
 * execution {@code aligned} runs this and the kernel tests with {@code -XX:ObjectAlignmentInBytes=64}, so the kernels
 * are also checked with their packed arrays at that offset; the default execution checks the offset is 0.
 */
class VectorAlignmentTest {

    @Test
    void packedArraysStartOnACacheLineWhenObjectsDo() {
        var bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        int objectAlignment = Integer.parseInt(bean.getVMOption("ObjectAlignmentInBytes").getValue());
        boolean compact = Boolean.parseBoolean(bean.getVMOption("UseCompactObjectHeaders").getValue());
        // a float[]'s data follows a 16-byte header (12 with compact headers); the offset in floats reaches the next
        // multiple of 64 bytes
        int expected = objectAlignment >= 64 ? (compact ? 13 : 12) : 0;
        assertEquals(expected, VectorWorkspace.ALIGN, "ObjectAlignmentInBytes=" + objectAlignment);
        assertEquals(Integer.getInteger("twolayer.expectAlign", expected), VectorWorkspace.ALIGN,
                "the surefire execution's expectation");
    }
}
