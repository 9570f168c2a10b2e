package dev.twolayer.theory;

/**
 * Plain gradient descent on the population objective F(W) of a {@link GaussianPopulationLoss}, student output
 * weights fixed (papers.md sections 1, 3, 5).
 *
 * <p>At iterate t (t = 0, 1, ...) the gradient G_t at W_t is computed; the run stops CONVERGED when
 * {@code max_i |G_t,i|_2 <= gradTol}; if that norm exceeds {@code divergenceNorm} (or is NaN) the run restarts from
 * the same initial W with half the step (at most {@code maxHalvings} times, then DIVERGED); when t reaches
 * {@code maxSteps} it stops UNCONVERGED; otherwise {@code W_{t+1} = W_t - step G_t}. The inner loop allocates nothing.
 *
 * <p>One instance holds its own buffers: use one per thread.
 */
public final class PopulationGd {

    /**
     * @param step           initial GD step
     * @param gradTol        stop when max_i |dF/dw_i|_2 <= gradTol
     * @param divergenceNorm restart with half the step when max_i |dF/dw_i|_2 exceeds this
     * @param maxSteps       step cap per attempt (UNCONVERGED when reached)
     * @param maxHalvings    how many restarts with halved steps before giving up (DIVERGED)
     */
    public record Config(double step, double gradTol, double divergenceNorm, long maxSteps, int maxHalvings) {
        public Config {
            if (!(step > 0) || Double.isInfinite(step)) throw new IllegalArgumentException("step must be > 0, got " + step);
            if (!(gradTol >= 0)) throw new IllegalArgumentException("gradTol must be >= 0, got " + gradTol);
            if (!(divergenceNorm > gradTol))
                throw new IllegalArgumentException("divergenceNorm must exceed gradTol, got " + divergenceNorm);
            if (maxSteps < 0) throw new IllegalArgumentException("maxSteps must be >= 0, got " + maxSteps);
            if (maxHalvings < 0) throw new IllegalArgumentException("maxHalvings must be >= 0, got " + maxHalvings);
        }

        /** Safran & Shamir (2018): step 0.1, stop at 1e-9/(2 pi), restart above 1e4/(2 pi). */
        public static Config safranShamir(long maxSteps) {
            return new Config(0.1, 1e-9 / (2 * Math.PI), 1e4 / (2 * Math.PI), maxSteps, 30);
        }

        /** A fixed number of steps (no tolerance stop, no restarts), e.g. Tian's 1000-step trajectories. */
        public static Config fixedSteps(double step, long steps) {
            return new Config(step, 0.0, Double.MAX_VALUE, steps, 0);
        }

        public Config withMaxSteps(long steps) {
            return new Config(step, gradTol, divergenceNorm, steps, maxHalvings);
        }
    }

    public enum Status { CONVERGED, UNCONVERGED, DIVERGED }

    /**
     * @param status    how the run ended
     * @param loss      F at the final iterate
     * @param gradNorm  max_i |dF/dw_i|_2 at the final iterate
     * @param steps     GD steps taken in the final attempt
     * @param totalSteps GD steps over all attempts (including the discarded diverged ones)
     * @param step      the step size of the final attempt
     * @param restarts  restarts with halved step
     */
    public record Result(Status status, double loss, double gradNorm, long steps, long totalSteps, double step,
                         int restarts) {
        public boolean converged() { return status == Status.CONVERGED; }
    }

    /** Called at every iterate before the stop test; return false to stop the run (reported UNCONVERGED). */
    @FunctionalInterface
    public interface StepListener {
        /**
         * @param step     iterate index t (steps taken so far in this attempt)
         * @param w        W_t (live buffer: copy what you keep, do not modify)
         * @param loss     F(W_t)
         * @param gradNorm max_i |dF/dw_i|_2 at W_t
         */
        boolean onIterate(long step, double[] w, double loss, double gradNorm);
    }

    private final GaussianPopulationLoss objective;
    private final Config config;
    private final GaussianPopulationLoss.Workspace ws;
    private final double[] w, grad;

    public PopulationGd(GaussianPopulationLoss objective, Config config) {
        this.objective = objective;
        this.config = config;
        this.ws = objective.newWorkspace();
        this.w = new double[objective.size()];
        this.grad = new double[objective.size()];
    }

    public GaussianPopulationLoss objective() { return objective; }
    public Config config() { return config; }

    /** Runs GD from {@code w0}; output weights all 1; final W into {@code wOut} (may be null or w0). */
    public Result run(double[] w0, double[] wOut) {
        return run(w0, null, wOut, null);
    }

    /**
     * Runs GD from {@code w0} (n x d, not modified unless it is also wOut) with fixed student output weights
     * {@code a} (null = ones), writing the final W into {@code wOut} (n x d, may be null) and calling
     * {@code listener} (may be null) at every iterate.
     */
    public Result run(double[] w0, double[] a, double[] wOut, StepListener listener) {
        final int size = objective.size(), n = objective.n(), d = objective.d();
        if (w0 == null || w0.length != size)
            throw new IllegalArgumentException("initial W must have length n*d=" + size + ", got " + (w0 == null ? "null" : w0.length));
        if (wOut != null && wOut.length != size)
            throw new IllegalArgumentException("wOut must have length n*d=" + size + ", got " + wOut.length);
        final double tol = config.gradTol(), div = config.divergenceNorm();
        final long maxSteps = config.maxSteps();
        double step = config.step();
        long total = 0;
        for (int attempt = 0; ; attempt++) {
            System.arraycopy(w0, 0, w, 0, size);
            long t = 0;
            Status status;
            double f, norm;
            while (true) {
                f = objective.lossAndGradient(w, a, grad, null, ws);
                norm = GaussianPopulationLoss.maxRowNorm(grad, n, d);
                if (listener != null && !listener.onIterate(t, w, f, norm)) { status = Status.UNCONVERGED; break; }
                if (norm <= tol) { status = Status.CONVERGED; break; }
                if (!(norm <= div)) { status = Status.DIVERGED; break; }
                if (t >= maxSteps) { status = Status.UNCONVERGED; break; }
                for (int p = 0; p < size; p++) w[p] -= step * grad[p];
                t++;
            }
            total += t;
            if (status == Status.DIVERGED && attempt < config.maxHalvings()) {
                step /= 2;
                continue;
            }
            if (wOut != null) System.arraycopy(w, 0, wOut, 0, size);
            return new Result(status, f, norm, t, total, step, attempt);
        }
    }
}
