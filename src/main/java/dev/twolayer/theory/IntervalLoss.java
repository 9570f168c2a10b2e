package dev.twolayer.theory;

import java.util.Arrays;

/**
 * The exact squared-error loss of a 1-D shallow ReLU network against an affine target on an interval
 * (Cheridito, Jentzen and Rossmannek, 2022; papers.md section 4):
 * <pre>
 *   f(x) = c + sum_j v_j relu(w_j x + b_j),   L = integral_a^b (f(x) - alpha x - beta)^2 dx   [ / (b - a) ]
 * </pre>
 * The kinks -b_j / w_j inside (a, b) split the interval into pieces on which f is affine, so L and its gradient are
 * sums of polynomial integrals, computed exactly (no quadrature). Each neuron is active on one contiguous run of
 * pieces (a half-line meets an interval), so its gradient is a prefix or suffix sum over pieces: O(N log N) per
 * evaluation. The derivative of relu at 0 is taken as 0; a degenerate neuron (w_j = 0, b_j <= 0) gets no gradient.
 * The integrand is continuous in x, so moving a kink adds no boundary terms: the gradient below is the exact one.
 *
 * <p>Instances hold scratch arrays sized for N neurons and are not thread-safe; use one per thread.
 */
public final class IntervalLoss {

    /** What a neuron does on [a, b]. */
    public enum NeuronState {
        /** kink strictly inside (a, b) */
        ACTIVE,
        /** zero on the whole interval (w_j != 0, kink outside, pointing away) */
        INACTIVE,
        /** w_j = 0: constant relu(b_j) on the interval */
        DEGENERATE,
        /** kink outside, affine and positive on the whole interval */
        LINEAR
    }

    private final int n;
    private final double a, b, alpha, beta;
    private final boolean normalise;
    // scratch
    private final double[] kink;
    private final Integer[] order;
    private final int[] piecePos;   // per neuron: index of the last piece left of its kink, or -1/-2 codes
    private final double[] pieceE1, pieceEx; // per piece: integral of e and of e*x
    private final double[] prefE1, prefEx;   // prefix sums over pieces

    /**
     * @param neurons   N >= 1
     * @param a         left end
     * @param b         right end, b > a
     * @param alpha     target slope
     * @param beta      target intercept
     * @param normalise divide the integral (and gradient) by b - a
     */
    public IntervalLoss(int neurons, double a, double b, double alpha, double beta, boolean normalise) {
        if (neurons < 1) throw new IllegalArgumentException("need at least one neuron, got " + neurons);
        if (!Double.isFinite(a) || !Double.isFinite(b) || !(b > a))
            throw new IllegalArgumentException("interval must be finite with a < b, got [" + a + ", " + b + "]");
        if (!Double.isFinite(alpha) || !Double.isFinite(beta))
            throw new IllegalArgumentException("target coefficients must be finite, got alpha=" + alpha + ", beta=" + beta);
        this.n = neurons; this.a = a; this.b = b; this.alpha = alpha; this.beta = beta; this.normalise = normalise;
        kink = new double[neurons];
        order = new Integer[neurons];
        piecePos = new int[neurons];
        pieceE1 = new double[neurons + 1];
        pieceEx = new double[neurons + 1];
        prefE1 = new double[neurons + 2];
        prefEx = new double[neurons + 2];
    }

    public int neurons() { return n; }
    public double a() { return a; }
    public double b() { return b; }
    public double alpha() { return alpha; }
    public double beta() { return beta; }
    public boolean normalised() { return normalise; }

    /** The loss when f is constant and optimal (every neuron dead): alpha^2 (b-a)^3 / 12, divided by b-a if normalised. */
    public double deadNetworkLoss() {
        double len = b - a;
        return alpha * alpha * len * len * len / 12 / (normalise ? len : 1);
    }

    /** The network's value at x. */
    public double f(double[] v, double[] w, double[] bias, double c, double x) {
        double s = c;
        for (int j = 0; j < n; j++) s += v[j] * Math.max(0, w[j] * x + bias[j]);
        return s;
    }

    /** State of neuron j on [a, b]. */
    public NeuronState state(double w, double bias) {
        if (w == 0) return NeuronState.DEGENERATE;
        double t = -bias / w;
        if (t > a && t < b) return NeuronState.ACTIVE;
        // kink outside: sign at the midpoint decides for the whole interval (ties at an end: zero there, sign inside)
        return w * (0.5 * (a + b)) + bias > 0 ? NeuronState.LINEAR : NeuronState.INACTIVE;
    }

    /** Whether neuron j is identically zero on [a, b] (inactive, or degenerate with b_j <= 0). */
    public boolean isDead(double w, double bias) {
        NeuronState s = state(w, bias);
        return s == NeuronState.INACTIVE || (s == NeuronState.DEGENERATE && bias <= 0);
    }

    /** States of all neurons. */
    public NeuronState[] states(double[] w, double[] bias) {
        NeuronState[] out = new NeuronState[n];
        for (int j = 0; j < n; j++) out[j] = state(w[j], bias[j]);
        return out;
    }

    /** The loss only. */
    public double loss(double[] v, double[] w, double[] bias, double c) {
        return evaluate(v, w, bias, c, null, null, null, null);
    }

    /**
     * The loss and, when the gradient arrays are non-null, its exact gradient (overwritten).
     *
     * @return L
     */
    public double evaluate(double[] v, double[] w, double[] bias, double c,
                           double[] gv, double[] gw, double[] gb, double[] gc) {
        check("v", v); check("w", w); check("b", bias);
        boolean grad = gv != null;
        if (grad) { check("gv", gv); check("gw", gw); check("gb", gb);
            if (gc == null || gc.length < 1) throw new IllegalArgumentException("gc must have length >= 1"); }

        // kinks strictly inside (a, b), sorted; other neurons are on or off on the whole interval
        int k = 0;
        double slope = -alpha, icpt = c - beta; // e(x) = icpt + slope * x on the first piece
        for (int j = 0; j < n; j++) {
            double wj = w[j], bj = bias[j];
            if (wj != 0) {
                double t = -bj / wj;
                if (t > a && t < b) { kink[j] = t; order[k++] = j; continue; }
            }
            piecePos[j] = Integer.MIN_VALUE;
            // no kink inside: the sign at the midpoint holds on the whole open interval
            if (wj * (0.5 * (a + b)) + bj > 0) { slope += v[j] * wj; icpt += v[j] * bj; piecePos[j] = Integer.MAX_VALUE; }
        }
        Arrays.sort(order, 0, k, (p, q) -> Double.compare(kink[p], kink[q]));
        // neurons with an inside kink and w < 0 are on at the left end
        for (int s = 0; s < k; s++) {
            int j = order[s];
            piecePos[j] = s;
            if (w[j] < 0) { slope += v[j] * w[j]; icpt += v[j] * bias[j]; }
        }
        double loss = 0;
        double left = a;
        for (int p = 0; p <= k; p++) {
            double right = p < k ? kink[order[p]] : b;
            double h = right - left, mid = 0.5 * (left + right);
            double em = icpt + slope * mid;
            double h3over12 = h * h * h / 12;
            loss += h * em * em + slope * slope * h3over12;
            pieceE1[p] = h * em;                       // integral of e over the piece
            pieceEx[p] = h * em * mid + slope * h3over12; // integral of e * x
            if (p < k) { // cross the kink of neuron order[p]: it switches on (w > 0) or off (w < 0)
                int j = order[p];
                double sign = w[j] > 0 ? 1 : -1;
                slope += sign * v[j] * w[j];
                icpt += sign * v[j] * bias[j];
            }
            left = right;
        }
        double scale = normalise ? 1 / (b - a) : 1;
        if (grad) {
            prefE1[0] = 0; prefEx[0] = 0;
            for (int p = 0; p <= k; p++) { prefE1[p + 1] = prefE1[p] + pieceE1[p]; prefEx[p + 1] = prefEx[p] + pieceEx[p]; }
            double totE1 = prefE1[k + 1], totEx = prefEx[k + 1];
            gc[0] = 2 * scale * totE1;
            for (int j = 0; j < n; j++) {
                int pos = piecePos[j];
                double e1, ex;
                if (pos == Integer.MIN_VALUE) { e1 = 0; ex = 0; }
                else if (pos == Integer.MAX_VALUE) { e1 = totE1; ex = totEx; }
                else if (w[j] > 0) { e1 = totE1 - prefE1[pos + 1]; ex = totEx - prefEx[pos + 1]; } // pieces after the kink
                else { e1 = prefE1[pos + 1]; ex = prefEx[pos + 1]; }                          // pieces up to the kink
                gv[j] = 2 * scale * (w[j] * ex + bias[j] * e1);
                gw[j] = 2 * scale * v[j] * ex;
                gb[j] = 2 * scale * v[j] * e1;
            }
        }
        return loss * scale;
    }

    private void check(String name, double[] x) {
        if (x == null || x.length < n)
            throw new IllegalArgumentException(name + " must have at least N = " + n + " entries, got " + (x == null ? "null" : x.length));
    }
}
