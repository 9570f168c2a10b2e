"""Stop 43's A/B runs (segments/run.sh, final/run.sh): per cell, the median of the A forks' and of the new kernel's
forks' (each fork's median iteration), A over new, and ScalarKernel over new. Usage: table.py FOLDER TAG, TAG the new
kernel's files' prefix (S- in segments/, T- in final/)."""
import glob, json, os, statistics as st, sys
here, tag = sys.argv[1], sys.argv[2]

def load(tag):
    t = {}
    for f in sorted(glob.glob(f'{here}/{tag}*.json')):
        for b in json.load(open(f)):
            p = b['params']
            key = (int(p['d']), int(p['k']), int(p['batch']))
            t.setdefault(key, []).append(1e6 / st.median(v for fork in b['primaryMetric']['rawData'] for v in fork))
    return t

def us(runs):  # each fork's median iteration in us, then the median over forks
    return st.median(runs)

a, s, sc = load('A-'), load(tag), load('scalar')
print("| d | k | batch | before µs | after µs | speed-up | GFLOP/s after | scalar µs | ×scalar after |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for key in sorted(s):
    d, k, b = key
    A, S = us(a[key]), us(s[key])
    flops = 4.0 * b * d * k
    sc_us = us(sc[key]) if key in sc else float('nan')
    print(f"| {d} | {k} | {b} | {A:.4g} | {S:.4g} | {A / S:.2f} | {flops / S / 1e3:.1f} | {sc_us:.4g} | {sc_us / S:.1f} |")
