"""The issue's grid at stop 24 (cb548cb): vector (vector.json) against scalar measured in the same window (scalar-small.json:
batch 1 and 32; scalar-k8.json: k=8, batch 256 and 4096), or stop 19's scalar (../grid-20261203/grid.json, marked *)
where this window did not measure it. Peak: the mean of peak-before and peak-after."""
import json, os, statistics as st
here = os.path.dirname(os.path.abspath(__file__))
def load(path, impl):
    out = {}
    if not os.path.exists(path): return out
    for b in json.load(open(path)):
        p = b['params']
        if p['impl'] != impl or p.get('batches', '1') != '1': continue
        key = (int(p['d']), int(p['k']), int(p['batch']))
        out[key] = (b['primaryMetric']['score'], b.get('secondaryMetrics', {}).get('gc.alloc.rate.norm', {}).get('score'))
    return out
vec = load(f'{here}/vector.json', 'vector')
sca = {**load(f'{here}/scalar-small.json', 'scalar'), **load(f'{here}/scalar-k8.json', 'scalar')}
old = load(f'{here}/../grid-20261203/grid.json', 'scalar')
oldv = load(f'{here}/../grid-20261203-stop23/vector.json', 'vector')
peaks = [json.load(open(f'{here}/{f}.json'))[0]['primaryMetric']['score'] * 384000 / 1e9
         for f in ('peak-before', 'peak-after') if os.path.exists(f'{here}/{f}.json')]
peak = st.mean(peaks)
print(f"Peak fma512, one thread: {' and '.join(f'{p:.1f}' for p in peaks)} GFLOP/s; % of peak against {peak:.1f}.\n")
print('| d | k | batch | scalar µs | vector µs | ×scalar | GFLOP/s | % of peak | B/op | vector µs at stop 23 |')
print('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
under, n = [], 0
for key in sorted(vec):
    d, k, b = key
    vs, gc = vec[key]
    vus = 1e6 / vs
    if key in sca: sus, mark = 1e6 / sca[key][0], ''
    elif key in old: sus, mark = 1e6 / old[key][0], '*'
    else: continue
    ratio = sus / vus; n += 1
    gf = 4.0 * b * d * k / (vus * 1e-6) / 1e9
    if ratio < 10: under.append(f"d={d} k={k} B={b} {ratio:.1f}x ({vus:.3g} µs{', stop-19 scalar' if mark else ''})")
    o = f"{1e6 / oldv[key][0]:.3g}" if key in oldv else ''
    print(f"| {d} | {k} | {b} | {sus:,.3g}{mark} | {vus:,.3g} | {ratio:.1f} | {gf:.1f} | {100 * gf / peak:.1f}% | {gc:.0f} | {o} |")
print(f"\nCells >= 10x scalar: {n - len(under)} of {n}. Under 10x: " + ('; '.join(under) or 'none') + '.')

# the 12 large cells on one and two threads (mt.json), against peak-mt
mt = {}
for b in json.load(open(f'{here}/mt.json')):
    p = b['params']
    mt[(int(p['d']), int(p['k']), int(p['batch'])), p['impl']] = 1e6 / b['primaryMetric']['score']
pm = json.load(open(f'{here}/peak-mt.json'))[0]['primaryMetric']['score'] * 384000 / 1e9
print(f"\nOne and two threads (mt.json), peak {pm:.1f} GFLOP/s (peak-mt.json):\n")
print('| d | k | batch | 1T µs | 1T GFLOP/s | 1T % of peak | 2T µs | 2T / 1T |')
print('|---:|---:|---:|---:|---:|---:|---:|---:|')
for key in sorted({k for k, _ in mt}):
    d, k, b = key
    t1, t2 = mt[key, 'vector'], mt[key, 'vector-mt']
    gf = 4.0 * b * d * k / (t1 * 1e-6) / 1e9
    print(f"| {d} | {k} | {b} | {t1:,.0f} | {gf:.1f} | {100 * gf / pm:.1f}% | {t2:,.0f} | {t1 / t2:.2f}x |")
