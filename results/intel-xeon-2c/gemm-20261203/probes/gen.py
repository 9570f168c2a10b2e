# generates Tiles.java: forward GEMM variants for in-situ comparison
def tile(name, packed, initarr, rowsN=6):
    R=rowsN
    if packed:
        sig=f"float[] xq, int q, int p0, int p1, float[] wt, int wo, float[] bp, float[] z, int kp, int j, int zi, boolean first"
    else:
        sig=f"float[] x, int xi, int d, int p0, int p1, float[] wt, int wo, float[] bp, float[] z, int kp, int j, int zi, boolean first"
    s=f"    static void {name}({sig}) {{\n        final int L = S.length();\n"
    names=[f"c{r}{c}" for r in range(R) for c in range(4)]
    if initarr:
        s+="        float[] ia = first ? bp : z; int io = first ? j : zi + j, rs = first ? 0 : kp;\n"
        for r in range(R):
            for c in range(4):
                s+=f"        FloatVector c{r}{c} = FloatVector.fromArray(S, ia, io + {r} * rs + {c} * L);\n"
    else:
        s+="        int z0 = zi + j" + ''.join(f", z{r} = z{r-1} + kp" for r in range(1,R)) + ";\n"
        s+="        FloatVector "+", ".join(names)+";\n        if (first) {\n"
        for c in range(4): s+=f"            c0{c} = FloatVector.fromArray(S, bp, j + {c} * L);\n"
        for r in range(1,R):
            s+="            "+" ".join(f"c{r}{c} = c0{c};" for c in range(4))+"\n"
        s+="        } else {\n"
        for r in range(R):
            for c in range(4): s+=f"            c{r}{c} = FloatVector.fromArray(S, z, z{r} + {c} * L);\n"
        s+="        }\n"
    s+="        for (int p = p0; p < p1; p++) {\n"
    if packed: s+="            int w = wo + p * (4 * L), xp = q + 6 * p;\n"
    else: s+="            int w = wo + p * (4 * L);\n"
    s+="            FloatVector w0 = FloatVector.fromArray(S, wt, w), w1 = FloatVector.fromArray(S, wt, w + L);\n"
    s+="            FloatVector w2 = FloatVector.fromArray(S, wt, w + 2 * L), w3 = FloatVector.fromArray(S, wt, w + 3 * L);\n"
    for r in range(R):
        if packed: s+=f"            FloatVector x{r} = FloatVector.broadcast(S, xq[xp + {r}]);\n"
        else: s+=f"            FloatVector x{r} = FloatVector.broadcast(S, x[xi + {r} * d + p]);\n"
        s+="            "+" ".join(f"c{r}{c} = x{r}.fma(w{c}, c{r}{c});" for c in range(4))+"\n"
    s+="        }\n"
    if initarr:
        s+="        int z0 = zi + j;\n"
        for r in range(R):
            s+="        "+" ".join(f"c{r}{c}.intoArray(z, z0 + {r} * kp + {c} * L);" for c in range(4))+"\n"
    else:
        for r in range(R):
            s+="        "+" ".join(f"c{r}{c}.intoArray(z, z{r} + {c} * L);" for c in range(4))+"\n"
    s+="    }\n"
    return s
out='''package dev.twolayer.kernel;
import jdk.incubator.vector.*;
import java.util.*;
public final class Tiles {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final int KC = Integer.getInteger("kc", 128);
'''
out+=tile('rowFirst',False,False)+tile('rowInit',False,True)+tile('packFirst',True,False)+tile('packInit',True,True)
out+='''
    static void gemm(int v, float[] x, float[] xq, int rows, int d, int kp, float[] wt, float[] bp, float[] z) {
        final int L = S.length();
        for (int j = 0; j + 4 * L <= kp; j += 4 * L) {
            int wo = j * d;
            for (int p0 = 0; p0 < d; p0 += KC) {
                int p1 = Math.min(d, p0 + KC);
                boolean first = p0 == 0;
                for (int i = 0; i + 6 <= rows; i += 6) {
                    switch (v) {
                        case 0 -> rowFirst(x, i * d, d, p0, p1, wt, wo, bp, z, kp, j, i * kp, first);
                        case 1 -> rowInit(x, i * d, d, p0, p1, wt, wo, bp, z, kp, j, i * kp, first);
                        case 2 -> packFirst(xq, i * d, p0, p1, wt, wo, bp, z, kp, j, i * kp, first);
                        default -> packInit(xq, i * d, p0, p1, wt, wo, bp, z, kp, j, i * kp, first);
                    }
                }
            }
        }
    }
    public static void main(String[] a) {
        int rows = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), d = Integer.parseInt(a[2]);
        rows = rows / 6 * 6;
        float[] x = new float[rows * d], xq = new float[rows * d], wt = new float[k * d], bp = new float[k], z = new float[rows * k];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < wt.length; i++) wt[i] = (float) r.nextGaussian();
        for (int i = 0; i + 6 <= rows; i += 6) for (int rr = 0; rr < 6; rr++) for (int p = 0; p < d; p++) xq[i * d + 6 * p + rr] = x[(i + rr) * d + p];
        String[] names = {"rowFirst", "rowInit", "packFirst", "packInit"};
        double flop = 2.0 * rows * d * k;
        for (int pass = 0; pass < 4; pass++) {
            StringBuilder sb = new StringBuilder("rows=" + rows + " k=" + k + " d=" + d + ":");
            for (int v = 0; v < 4; v++) {
                double[] t = new double[9];
                for (int rep = 0; rep < 12; rep++) {
                    long t0 = System.nanoTime();
                    gemm(v, x, xq, rows, d, k, wt, bp, z);
                    if (rep >= 3) t[rep - 3] = flop / (System.nanoTime() - t0);
                }
                Arrays.sort(t);
                sb.append(String.format(" %s %.1f", names[v], t[4]));
            }
            System.out.println(sb);
        }
    }
}
'''
open('/tmp/pt2/Tiles.java','w').write(out)
