"""The issue's grid at stop 25 (1baa5a8): vector (vector.json) against scalar from the same window (scalar-small.json:
d <= 64, batch 1 and 32), else stop 24's window (../grid-20261204-stop24, marked +), else stop 19's (marked *); and
against netlib on native OpenBLAS, the best library baseline at all but a few batch-1 cells (../baselines-20261204,
same day; EJML where it was faster). Peak: the mean of peak-before and peak-after."""
import json, os, statistics as st
here = os.path.dirname(os.path.abspath(__file__))
def load(path, impls=None):
    out = {}
    if not os.path.exists(path): return out
    for b in json.load(open(path)):
        p = b['params']
        if p.get('batches', '1') != '1' or (impls and p['impl'] not in impls): continue
        key = (int(p['d']), int(p['k']), int(p['batch']))
        t = 1e6 / b['primaryMetric']['score']
        if key in out and out[key][0] <= t: continue
        out[key] = (t, b.get('secondaryMetrics', {}).get('gc.alloc.rate.norm', {}).get('score'), p['impl'])
    return out
vec = load(f'{here}/vector.json')
s25 = load(f'{here}/scalar-small.json')
s24 = {**load(f'{here}/../grid-20261204-stop24/scalar-small.json'), **load(f'{here}/../grid-20261204-stop24/scalar-k8.json')}
s19 = load(f'{here}/../grid-20261203/grid.json', {'scalar'})
v24 = load(f'{here}/../grid-20261204-stop24/vector.json')
b = f'{here}/../baselines-20261204'
base = {**load(f'{b}/netlib.json'), }
for key, v in load(f'{b}/ejml-ojalgo.json').items():
    if key not in base or v[0] < base[key][0]: base[key] = v
peaks = [json.load(open(f'{here}/{f}.json'))[0]['primaryMetric']['score'] * 384000 / 1e9
         for f in ('peak-before', 'peak-after') if os.path.exists(f'{here}/{f}.json')]
peak = st.mean(peaks)
print(f"Peak fma512, one thread: {' and '.join(f'{p:.1f}' for p in peaks)} GFLOP/s; % of peak against {peak:.1f}.\n")
print('| d | k | batch | scalar µs | vector µs | ×scalar | GFLOP/s | % of peak | B/op | stop 24 µs | best library µs | ×library |')
print('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
under, slower, n = [], [], 0
for key in sorted(vec):
    d, k, bt = key
    vus, gc, _ = vec[key]
    for src, mark in ((s25, ''), (s24, '+'), (s19, '*')):
        if key in src: sus = src[key][0]; break
    else: continue
    ratio = sus / vus; n += 1
    gf = 4.0 * bt * d * k / (vus * 1e-6) / 1e9
    if ratio < 10: under.append(f"d={d} k={k} B={bt} {ratio:.1f}x ({vus:.3g} µs)")
    o = f"{v24[key][0]:.3g}" if key in v24 else ''
    lib = base.get(key)
    ls = f"{lib[0]:,.3g} ({lib[2]})" if lib else ''
    lr = f"{lib[0] / vus:.2f}" if lib else ''
    if lib and lib[0] < vus: slower.append(f"d={d} k={k} B={bt} ({lib[2]} {lib[0]:.3g} µs, vector {vus:.3g})")
    print(f"| {d} | {k} | {bt} | {sus:,.3g}{mark} | {vus:,.3g} | {ratio:.1f} | {gf:.1f} | {100 * gf / peak:.1f}% | {gc:.0f} | {o} | {ls} | {lr} |")
print(f"\nCells >= 10x scalar: {n - len(under)} of {n}. Under 10x: " + ('; '.join(under) or 'none') + '.')
print(f"Slower than the best library baseline: " + ('; '.join(slower) or 'none') + '.')
