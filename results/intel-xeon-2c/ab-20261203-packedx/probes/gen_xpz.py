# generates XpZ.java: forwardZ with 6x4 tiles whose broadcasts read X packed for dW (panels of 4L inputs, rows x 4L)
R=6
def tile(name, rows):
    s=[]
    s.append(f"    static void {name}(float[] xp, int xb, int rows, float[] x, int xi, int d, float[] wt, int wo, float[] bp, float[] z, int kp, int j, int zi) {{")
    s.append("        final int L = S.length(), P = 4 * L;")
    for r in range(rows):
        s.append(f"        FloatVector "+", ".join(f"c{r}{v} = FloatVector.fromArray(S, bp, j + {v} * L)" for v in range(4))+";")
    s.append("        int p = 0, d4 = d - d % P;")
    s.append("        for (; p < d4; p += P) {")
    s.append("            int xq = xb + p * rows, w = wo + p * P;")
    s.append("            for (int q = 0; q < P; q++) {")
    s.append("                int wq = w + q * P, xr = xq + q;")
    s.append("                FloatVector "+", ".join(f"w{v} = FloatVector.fromArray(S, wt, wq + {v} * L)" for v in range(4))+";")
    for r in range(rows):
        s.append(f"                FloatVector x{r} = FloatVector.broadcast(S, xp[xr + {r} * P]);")
        s.append("                "+" ".join(f"c{r}{v} = x{r}.fma(w{v}, c{r}{v});" for v in range(4)))
    s.append("            }")
    s.append("        }")
    s.append("        for (; p < d; p++) {")
    s.append("            int wq = wo + p * P;")
    s.append("            FloatVector "+", ".join(f"w{v} = FloatVector.fromArray(S, wt, wq + {v} * L)" for v in range(4))+";")
    for r in range(rows):
        s.append(f"            FloatVector x{r} = FloatVector.broadcast(S, x[xi + {r} * d + p]);")
        s.append("            "+" ".join(f"c{r}{v} = x{r}.fma(w{v}, c{r}{v});" for v in range(4)))
    s.append("        }")
    for r in range(rows):
        s.append(f"        int z{r} = zi + j + {r} * kp;")
        s.append("        "+" ".join(f"c{r}{v}.intoArray(z, z{r} + {v} * L);" for v in range(4)))
    s.append("    }")
    return "\n".join(s)
src=f'''package dev.twolayer.kernel;
import jdk.incubator.vector.*;
public final class XpZ {{
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    // X packed as VectorBody512.packX: panel p (4L inputs) at p * rows, row i at + i * 4L
    static void forwardZ(float[] x, int xOff, float[] xp, int rows, int d, int kp, float[] wt, float[] bp, float[] z) {{
        final int L = S.length();
        for (int j = 0; j + 4 * L <= kp; j += 4 * L) {{
            int wo = j * d, i = 0;
            for (; i + 6 <= rows; i += 6) z6(xp, i * 4 * L, rows, x, xOff + i * d, d, wt, wo, bp, z, kp, j, i * kp);
            for (; i + 4 <= rows; i += 4) z4(xp, i * 4 * L, rows, x, xOff + i * d, d, wt, wo, bp, z, kp, j, i * kp);
            for (; i < rows; i++) z1(xp, i * 4 * L, rows, x, xOff + i * d, d, wt, wo, bp, z, kp, j, i * kp);
        }}
    }}
{tile("z6",6)}
{tile("z4",4)}
{tile("z1",1)}
}}
'''
open("XpZ.java","w").write(src)
