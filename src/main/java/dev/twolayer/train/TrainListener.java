package dev.twolayer.train;

import dev.twolayer.data.Dataset;
import dev.twolayer.model.TwoLayerNet;

/** Progress hook: called at the start, at every check (before the stop rules) and at the end of a run. */
public interface TrainListener {

    default void onStart(TwoLayerNet net, Dataset data, TrainConfig config) {}

    /** The context is reused between checks: copy what you keep. */
    void onCheck(CheckContext ctx);

    default void onFinish(TrainResult result) {}
}
