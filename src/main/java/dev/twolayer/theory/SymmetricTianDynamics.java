package dev.twolayer.theory;

/**
 * Tian (2017), papers.md section 3: K student rows against the identity teacher (d = K), all output weights 1. From
 * a start {@code w_j = A e_j + a sum_{j' != j} e_j'} GD stays of that form, so the state is the pair (A, a).
 */
public final class SymmetricTianDynamics {
    private SymmetricTianDynamics() {}

    /** The symmetric saddle A = a = x_s = (sqrt(K-1) - arccos(1/sqrt K) + pi) / (pi K). */
    public static double saddle(int k) {
        checkK(k);
        return (Math.sqrt(k - 1) - Math.acos(1 / Math.sqrt(k)) + Math.PI) / (Math.PI * k);
    }

    /** W (K x K, flat) with diagonal A and off-diagonal a. */
    public static double[] symmetricW(int k, double diag, double off) {
        checkK(k);
        double[] w = new double[k * k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++) w[i * k + j] = i == j ? diag : off;
        return w;
    }

    /** The distance (A - 1)^2 + (K - 1) a^2 of the symmetric point from the teacher (per row). */
    public static double error(int k, double diag, double off) {
        return (diag - 1) * (diag - 1) + (k - 1) * off * off;
    }

    /** The objective of the setting: K student rows, identity teacher, ReLU, fastest path. */
    public static GaussianPopulationLoss objective(int k) {
        checkK(k);
        return GaussianPopulationLoss.of(k, k, GaussianPopulationLoss.identity(k));
    }

    /**
     * Runs {@code steps} GD steps of size {@code step} from (A0, a0) and returns rows {A_t, a_t, error_t, F_t} for
     * t = 0..steps (A_t = W[0][0], a_t = W[0][1]; for K = 1 a_t = 0).
     */
    public static double[][] trajectory(int k, double diag0, double off0, double step, int steps) {
        if (steps < 0) throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        double[][] rows = new double[steps + 1][];
        PopulationGd gd = new PopulationGd(objective(k), PopulationGd.Config.fixedSteps(step, steps));
        gd.run(symmetricW(k, diag0, off0), null, null, (t, w, f, g) -> {
            double diag = w[0], off = k > 1 ? w[1] : 0;
            rows[(int) t] = new double[] {diag, off, error(k, diag, off), f};
            return true;
        });
        return rows;
    }

    private static void checkK(int k) {
        if (k < 1) throw new IllegalArgumentException("K must be >= 1, got " + k);
    }
}
