package dev.twolayer.train;

/** How minibatch rows are chosen when the batch is smaller than the data set. */
public enum Sampling {
    /**
     * Each epoch visits every row once in a fresh random order; the last batch of an epoch may be shorter. Sample
     * weights, if any, weight the minibatch loss, normalised by the expected batch weight
     * {@code rows * totalWeight / n} so the minibatch loss is an unbiased estimate of the full weighted loss.
     */
    SHUFFLED_EPOCHS,
    /**
     * Rows drawn i.i.d. with probability proportional to their sample weight (uniform without weights) and then used
     * unweighted, as in the papers' SGD (section 2).
     */
    WITH_REPLACEMENT_FROM_WEIGHTS
}
