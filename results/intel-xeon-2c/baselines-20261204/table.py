"""The library baselines on the issue's grid (run.sh): vector (at 88ef023, stop 24's kernel) against netlib on native
OpenBLAS (all 100 cells), EJML and ojAlgo (batch 1 and 32), measured in one window. Prints the table and the cells
where a baseline comes within 2x of vector."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
def load(name):
    out = {}
    path = f'{here}/{name}.json'
    if not os.path.exists(path): return out
    for b in json.load(open(path)):
        p = b['params']
        out[(p['impl'], int(p['d']), int(p['k']), int(p['batch']))] = 1e6 / b['primaryMetric']['score']
    return out
t = {**load('vector'), **load('netlib'), **load('ejml-ojalgo')}
peaks = [json.load(open(f'{here}/{f}.json'))[0]['primaryMetric']['score'] * 384000 / 1e9
         for f in ('peak-before', 'peak-after') if os.path.exists(f'{here}/{f}.json')]
print(f"Peak fma512, one thread: {' and '.join(f'{p:.1f}' for p in peaks)} GFLOP/s.\n")
print('| d | k | batch | vector µs | netlib (OpenBLAS) µs | EJML µs | ojAlgo µs | best baseline | vector × best |')
print('|---:|---:|---:|---:|---:|---:|---:|---|---:|')
cells = sorted({key[1:] for key in t if key[0] == 'vector'})
slower, close, n = [], [], 0
f = lambda v: f'{v:,.3g}' if v is not None else '—'
for d, k, b in cells:
    v = t[('vector', d, k, b)]
    base = {impl: t.get((impl, d, k, b)) for impl in ('netlib', 'ejml', 'ojalgo')}
    have = {i: x for i, x in base.items() if x is not None}
    if not have: continue
    best = min(have, key=have.get); ratio = have[best] / v; n += 1
    if ratio < 1: slower.append(f'd={d} k={k} B={b} ({best} {ratio:.2f}x)')
    elif ratio < 2: close.append(f'd={d} k={k} B={b} ({best}, vector {ratio:.2f}x)')
    print(f"| {d} | {k} | {b} | {f(v)} | {f(base['netlib'])} | {f(base['ejml'])} | {f(base['ojalgo'])} | {best} | {ratio:.1f} |")
print(f"\nCells: {n}. Vector slower than the best baseline: {'; '.join(slower) or 'none'}.")
print(f"Within 2x: {'; '.join(close) or 'none'}.")
