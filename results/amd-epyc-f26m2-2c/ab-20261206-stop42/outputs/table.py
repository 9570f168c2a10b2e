"""OutputsBenchmark's runs here (run.sh): per cell the median step time of A42's two runs and N42's two (m = 4, 10),
N42's m = 1, ScalarKernel's, GFLOP/s (OutputsBenchmark.flops) and the ratios. Usage: table.py [folder]"""
import glob, json, os, statistics as st, sys
here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
t = {}  # (tag, d, k, batch, m) -> [us]
for f in glob.glob(f'{here}/*.json'):
    tag = os.path.basename(f)[:-5].split('-')[0] if not os.path.basename(f).startswith('N-m1') else 'N'
    try:
        runs = json.load(open(f))
    except ValueError:  # a run still going
        continue
    for b in runs:
        p = b['params']
        key = (tag, int(p['d']), int(p['k']), int(p['batch']), int(p['m']))
        t.setdefault(key, []).append(1e6 / b['primaryMetric']['score'])
def us(tag, *c):
    v = t.get((tag,) + c)
    return st.median(v) if v else None
def fmt(x):
    return '' if x is None else f'{x:,.4g}' if x < 1000 else f'{x:,.0f}'
print('| d | k | batch | m | A42 µs | N42 µs | A/N | GFLOP/s (N) | scalar µs | ×scalar (N) |')
print('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
for (d, k, b, m) in sorted({key[1:] for key in t}):
    a, n, s = us('A', d, k, b, m), us('N', d, k, b, m), us('scalar', d, k, b, m)
    fl = 4 * b * d * k + 6 * b * k * m
    print(f'| {d} | {k} | {b} | {m} | {fmt(a)} | {fmt(n)} | {"" if a is None or n is None else f"{a / n:.2f}"} | '
          f'{"" if n is None else f"{fl / n / 1e3:.1f}"} | {fmt(s)} | {"" if s is None or n is None else f"{s / n:.1f}"} |')
