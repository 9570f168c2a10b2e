import sys
R=int(sys.argv[1]); V=int(sys.argv[2]); cls=sys.argv[3]
def tile(name, rows):
    s=[]
    s.append(f"    static void {name}(float[] xp, int xb, int rows, float[] x, int xi, int d, int p0, int p1, boolean first, float[] wt, int wo, float[] bp, float[] z, int kp, int j, int zi) {{")
    s.append("        final int L = S.length(), P = 4 * L;")
    for r in range(rows):
        s.append(f"        int z{r} = zi + j + {r} * kp;")
    s.append("        float[] src = first ? bp : z;")
    for r in range(rows):
        s.append(f"        int s{r} = first ? j : z{r};")
        s.append(f"        FloatVector "+", ".join(f"c{r}_{v} = FloatVector.fromArray(S, src, s{r} + {v} * L)" for v in range(V))+";")
    s.append("        int p = p0, d4 = Math.min(p1, d - d % P);")
    s.append("        for (; p < d4; p += P) {")
    s.append("            int xq = xb + p * rows, w = wo + p * P;")
    s.append("            for (int q = 0; q < P; q++) {")
    s.append("                int wq = w + q * P, xr = xq + q;")
    s.append("                FloatVector "+", ".join(f"w{v} = FloatVector.fromArray(S, wt, wq + {v} * L)" for v in range(V))+";")
    for r in range(rows):
        s.append(f"                FloatVector x{r} = FloatVector.broadcast(S, xp[xr + {r} * P]);")
        s.append("                "+" ".join(f"c{r}_{v} = x{r}.fma(w{v}, c{r}_{v});" for v in range(V)))
    s.append("            }")
    s.append("        }")
    s.append("        for (; p < p1; p++) {")
    s.append("            int wq = wo + p * P;")
    s.append("            FloatVector "+", ".join(f"w{v} = FloatVector.fromArray(S, wt, wq + {v} * L)" for v in range(V))+";")
    for r in range(rows):
        s.append(f"            FloatVector x{r} = FloatVector.broadcast(S, x[xi + {r} * d + p]);")
        s.append("            "+" ".join(f"c{r}_{v} = x{r}.fma(w{v}, c{r}_{v});" for v in range(V)))
    s.append("        }")
    for r in range(rows):
        s.append("        "+" ".join(f"c{r}_{v}.intoArray(z, z{r} + {v} * L);" for v in range(V)))
    s.append("    }")
    return "\n".join(s)
src=f'''package dev.twolayer.kernel;
import jdk.incubator.vector.*;
public final class {cls} {{
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static int KC = Integer.getInteger("kc", 64);
    static void forwardZ(float[] x, int xOff, float[] xp, int rows, int d, int kp, float[] wt, float[] bp, float[] z) {{
        final int L = S.length();
        int kc = KC;
        for (int j = 0; j + 4 * L <= kp; j += 4 * L) {{
            int wo = j * d;
            for (int p0 = 0; p0 < d; p0 += kc) {{
                int p1 = d - p0 < 2 * kc ? d : p0 + kc;
                boolean first = p0 == 0;
                for (int jj = j; jj < j + 4 * L; jj += {V} * L) {{
                int i = 0;
                for (; i + {R} <= rows; i += {R}) zR(xp, i * 4 * L, rows, x, xOff + i * d, d, p0, p1, first, wt, wo + jj - j, bp, z, kp, jj, i * kp);
                for (; i < rows; i++) z1(xp, i * 4 * L, rows, x, xOff + i * d, d, p0, p1, first, wt, wo + jj - j, bp, z, kp, jj, i * kp);
                }}
                if (p1 == d) break;
            }}
        }}
    }}
{tile("zR",R)}
{tile("z1",1)}
}}
'''
open(cls+".java","w").write(src)
