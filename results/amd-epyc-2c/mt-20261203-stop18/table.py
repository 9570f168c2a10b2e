# One and two threads from jmh.json, % of peak against peak.json's fma512 (384,000 FLOP an op).
import json, collections, sys
d = sys.argv[1]
T = collections.defaultdict(dict)
for b in json.load(open(d + '/jmh.json')):
    p = b['params']
    T[(int(p['d']), int(p['k']), int(p['batch']))][p['impl']] = 1e6 / b['primaryMetric']['score']
peak = json.load(open(d + '/peak.json'))[0]['primaryMetric']['score'] * 384000 / 1e9
print("| d | k | batch | 1 thread µs | GFLOP/s | % of peak | 2 threads µs | 2T / 1T |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|")
n18 = n65 = n75 = 0
ratios = []
for key in sorted(T):
    v, m = T[key]['vector'], T[key]['vector-mt']
    gf = 4 * key[0] * key[1] * key[2] / v / 1e3
    r = v / m; ratios.append(r)
    n18 += r >= 1.8; n65 += gf / peak >= 0.65; n75 += gf / peak >= 0.75
    print(f"| {key[0]} | {key[1]} | {key[2]} | {v:,.0f} | {gf:.1f} | {100 * gf / peak:.1f}% | {m:,.0f} | {r:.2f}x |")
print(f"\nPeak {peak:.1f} GFLOP/s. One thread at >= 65% of peak: {n65} of {len(T)} (>= 75%: {n75}). "
      f"Two threads at >= 1.8x one thread: {n18} of {len(T)} ({min(ratios):.2f}-{max(ratios):.2f}x).")
