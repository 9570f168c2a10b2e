import dev.twolayer.kernel.*;
import dev.twolayer.model.*;
import java.util.*;
/** Prints hashes of the gradient (without c) and of c's gradient and the loss for a few shapes, to compare jars. */
public class BitsCheck {
    public static void main(String[] a) {
        int[][] cases = {{1, 9, 48}, {1, 8, 100}, {1, 64, 300}, {1, 33, 4096}, {16, 8, 200}, {10, 10, 200}, {3, 40, 150}};
        for (int[] c : cases) {
            ModelSpec spec = ModelSpec.builder(c[0], c[1]).leakySlope(0.1).build();
            Kernel kern = new VectorKernel();
            Kernel.Workspace ws = kern.newWorkspace(spec, c[2]);
            float[] p = Init.he().create(spec, 7).params(), g = new float[p.length];
            SplittableRandom r = new SplittableRandom(3);
            float[] x = new float[c[2] * c[0]], y = new float[c[2]];
            for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
            for (int i = 0; i < y.length; i++) y[i] = (float) r.nextGaussian();
            double loss = kern.forwardBackward(spec, p, x, y, null, 0, c[2], 0.5 / c[2], g, ws);
            float[] noC = Arrays.copyOf(g, spec.offsetC());
            System.out.printf("d=%d k=%d rows=%d: grad w/o c %08x, c %s, loss %s%n", c[0], c[1], c[2], Arrays.hashCode(noC), g[spec.offsetC()], loss);
        }
    }
}
