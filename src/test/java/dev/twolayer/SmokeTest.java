package dev.twolayer;
import org.junit.jupiter.api.*;
class SmokeTest { @Test void runsOnJdk25(){ Assertions.assertTrue(Runtime.version().feature() >= 25); }
 @Test @Tag("fallback") void fallback(){ Assertions.assertTrue(Runtime.version().feature() >= 25); } }
