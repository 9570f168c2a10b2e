# Batch-1 cells with a different random sample each step (-p batches=64) beside the grid's repeated sample.
import json, sys, collections, statistics
def load(paths):
    T = collections.defaultdict(lambda: collections.defaultdict(list))
    for path in paths:
        for b in json.load(open(path)):
            p = b['params']
            T[(int(p['d']), int(p['k']))][p['impl']].append(1e6 / b['primaryMetric']['score'])
    return {key: {i: statistics.median(v) for i, v in r.items()} for key, r in T.items()}
varied = load(sys.argv[1].split(','))
repeated = load(sys.argv[2].split(','))
def fmt(x):
    return f"{x:,.0f}" if x >= 100 else f"{x:.1f}" if x >= 10 else f"{x:.2f}" if x >= 1 else f"{x:.3g}"
print("| d | k | scalar µs | vector µs | ×scalar | ×scalar, one repeated sample |")
print("|---:|---:|---:|---:|---:|---:|")
under = []
for key in sorted(varied):
    v, s = varied[key]['vector'], varied[key]['scalar']
    r = repeated[key]['scalar'] / repeated[key]['vector']
    if s / v < 10: under.append(f"d={key[0]} k={key[1]}: {s / v:.1f}x")
    print(f"| {key[0]} | {key[1]} | {fmt(s)} | {fmt(v)} | {s / v:.1f} | {r:.1f} |")
print(f"\nUnder 10x with a different sample each step: {', '.join(under) or 'none'}")
