"""The issue's grid on the Zen 4 EPYC at stop 26 (e0e031f), every number from this folder's one window: vector
(vector.json, with -prof gc) against scalar (scalar.json, scalar-4096.json; batch 4096 at d >= 256 not run: marked -)
and the best library baseline (netlib on native OpenBLAS at every cell, EJML and ojAlgo at batch 1 and 32). Peak: the
mean of peak-before and peak-after. Then two threads (mt.json) at the 12 large cells against one."""
import json, os, sys, statistics as st
# this folder, or the grid folder given (stop 27's ran the same script)
here = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
def fmt(t):
    return f"{t:,.0f}" if t >= 100 else f"{t:.3g}"
def load(name):
    out, path = {}, f'{here}/{name}'
    if not os.path.exists(path): return out
    try: runs = json.load(open(path))
    except ValueError: return out  # still being written
    for b in runs:
        p = b['params']
        # batches: 1, or 0 since stop 35 (the default: 64 samples in turn at batch 1, one batch otherwise)
        if p.get('batches', '1') not in ('0', '1'): continue
        key = (int(p['d']), int(p['k']), int(p['batch']))
        t = 1e6 / b['primaryMetric']['score']
        if key in out and out[key][0] <= t: continue
        out[key] = (t, b.get('secondaryMetrics', {}).get('gc.alloc.rate.norm', {}).get('score'), p['impl'])
    return out
vec, mt = load('vector.json'), load('mt.json')
scal = {**load('scalar.json'), **load('scalar-4096.json')}
base = load('netlib.json')
for key, v in load('lib-small.json').items():
    if key not in base or v[0] < base[key][0]: base[key] = v
peaks = [json.load(open(f'{here}/{f}.json'))[0]['primaryMetric']['score'] * 384000 / 1e9
         for f in ('peak-before', 'peak-after') if os.path.exists(f'{here}/{f}.json')]
peak = st.mean(peaks)
print(f"Peak fma512, one thread: {' and '.join(f'{p:.1f}' for p in peaks)} GFLOP/s; % of peak against {peak:.1f}.\n")
print('| d | k | batch | scalar µs | vector µs | ×scalar | GFLOP/s | % of peak | B/op | best library µs | ×library |')
print('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
under, slower, n, nl = [], [], 0, 0
for key in sorted(vec):
    d, k, bt = key
    vus, gc, _ = vec[key]
    gf = 4.0 * bt * d * k / (vus * 1e-6) / 1e9
    sc = scal.get(key)
    if sc:
        ratio = sc[0] / vus; n += 1
        if ratio < 10: under.append(f"d={d} k={k} B={bt} {ratio:.1f}x ({vus:.3g} µs)")
    lib = base.get(key)
    if lib:
        nl += 1
        if lib[0] < vus: slower.append(f"d={d} k={k} B={bt} ({lib[2]} {lib[0]:.3g} µs, vector {vus:.3g})")
    print(f"| {d} | {k} | {bt} | {fmt(sc[0]) if sc else '-'} | {fmt(vus)} | {f'{sc[0] / vus:.1f}' if sc else '-'} "
          f"| {gf:.1f} | {100 * gf / peak:.1f}% | {gc:.0f} | {f'{fmt(lib[0])} ({lib[2]})' if lib else ''} "
          f"| {f'{lib[0] / vus:.2f}' if lib else ''} |")
print(f"\nCells >= 10x scalar: {n - len(under)} of {n} with scalar measured. Under 10x: " + ('; '.join(under) or 'none') + '.')
print(f"Faster than the best library baseline: {nl - len(slower)} of {nl}. Slower: " + ('; '.join(slower) or 'none') + '.')
print('\nThe 12 large cells (d, k >= 256, batch >= 256): one thread and two (vector-mt)\n')
print('| d | k | batch | 1 thread µs | % of peak | 2 threads µs | speed-up |')
print('|---:|---:|---:|---:|---:|---:|---:|')
for key in sorted(mt):
    d, k, bt = key
    one, two = vec[key][0], mt[key][0]
    gf = 4.0 * bt * d * k / (one * 1e-6) / 1e9
    print(f"| {d} | {k} | {bt} | {fmt(one)} | {100 * gf / peak:.1f}% | {fmt(two)} | {one / two:.2f}x |")
