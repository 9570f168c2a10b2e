"""Stop 44's A/B runs (final/run.sh): per cell, the median of the A forks' (run*-M44, before) and of the B forks'
(run*-F44, the columns form), each fork's median iteration; A over B; GFLOP/s (4 B d k FLOPs a step) and ScalarKernel
(scalar.json) over B. Usage: table.py FOLDER [PREFIX] (PREFIX: 'd1-' for the one-input check runs)."""
import glob, json, statistics as st, sys
here = sys.argv[1]
prefix = sys.argv[2] if len(sys.argv) > 2 else ''

def load(pattern):
    t = {}
    for f in sorted(glob.glob(f'{here}/{pattern}')):
        for b in json.load(open(f)):
            p = b['params']
            key = (int(p['d']), int(p['k']), int(p['batch']))
            t.setdefault(key, []).append(1e6 / st.median(v for fork in b['primaryMetric']['rawData'] for v in fork))
    return t

a, b, sc = load(f'{prefix}run*-M44.json'), load(f'{prefix}run*-F44.json'), load('scalar.json')
print("| d | k | batch | before µs | after µs | speed-up | GFLOP/s after | scalar µs | ×scalar after |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for key in sorted(b):
    d, k, n = key
    A, B = st.median(a[key]), st.median(b[key])
    sc_us = st.median(sc[key]) if key in sc else float('nan')
    print(f"| {d} | {k} | {n} | {A:.4g} | {B:.4g} | {A / B:.2f} | {4.0 * n * d * k / B / 1e3:.1f} | {sc_us:.4g} "
          f"| {sc_us / B:.1f} |")
