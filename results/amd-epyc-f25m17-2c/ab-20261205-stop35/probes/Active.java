import dev.twolayer.bench.Fixture;
import dev.twolayer.bench.ModelOptionsBenchmark;
import dev.twolayer.model.ModelSpec;

/** Active hidden units (z > 0 on the step's sample) after N train steps of the options benchmark's fixture. */
public class Active {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), batches = Integer.parseInt(a[1]);
        for (String opt : new String[] {"plain", "leaky", "fixedOutput", "noBiases"}) {
            try (Fixture f = Fixture.create("vector", ModelOptionsBenchmark.spec(opt, d, d), 1, batches)) {
                StringBuilder sb = new StringBuilder(opt + ":");
                long steps = 0;
                for (long n : new long[] {0, 1000, 100_000, 1_000_000, 10_000_000}) {
                    for (; steps < n; steps++) f.trainStep(false);
                    // active units on the next sample (row steps % batches)
                    int row = (int) (steps % batches), act = 0;
                    ModelSpec s = f.spec;
                    for (int j = 0; j < d; j++) {
                        double z = s.hiddenBias() ? f.params[s.offsetB() + j] : 0;
                        for (int p = 0; p < d; p++) z += f.params[j * d + p] * f.x[row * d + p];
                        if (s.identityMapping()) z += f.x[row * d + j];
                        if (z > 0) act++;
                    }
                    sb.append(String.format(" after %d steps %d active, loss %.3g;", n, act, f.trainStep(false)));
                    steps++;
                }
                System.out.println(sb);
            }
        }
    }
}
