package dev.twolayer.train;

/**
 * A caller-supplied stop test run at every check (e.g. a kink-crossing detector). It sees the state through a
 * {@link CheckContext} that is only valid during the call.
 */
@FunctionalInterface
public interface StopRule {

    /** Returns null to continue, or a short label saying why training stops (reported with {@link StopReason#CALLBACK}). */
    String check(CheckContext ctx);
}
