"""Full-grid table for the Intel Xeon run of 2026-12-03: python3 table.py [DIR] (DIR defaults to this folder).

DIR holds grid.json (vector and scalar, the issue's grid, at aa337fe), mt.json (vector and vector-mt, the large cells),
peak-before.json / peak-after.json, the cells measured again after 6c3621d (after-*.json: their cells' medians replace
grid.json's; batches=1 only), b1v.json (batch 1 with a different sample each step, after 6c3621d) and warm/ (the
large cells again with JitWarmUp, 2063aaa: vector at batch 32-4096 with -prof gc, and one and two threads).
Compared with
the last Intel full grid (2026-12-02, kernel at fed06b6) and netlib from that morning's run (same machine type;
netlib was not re-run)."""
import csv, glob, json, os, re, statistics, sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
src = sys.argv[1] if len(sys.argv) > 1 else here
prev_md = os.path.join(here, '..', 'full-grid-20261202-094749-vs-scalar.md')
netlib_csv = os.path.join(here, '..', '20261202-073556', 'results.csv')


def times(path, batches='1'):
    """(d, k, batch) -> impl -> µs per step, and the vector cells' gc.alloc.rate.norm."""
    t, alloc = defaultdict(dict), {}
    for b in json.load(open(path)):
        p = b['params']
        if p.get('batches', '1') != batches: continue
        key = (int(p['d']), int(p['k']), int(p['batch']))
        t[key][p['impl']] = 1e6 / b['primaryMetric']['score']
        g = b.get('secondaryMetrics', {}).get('gc.alloc.rate.norm')
        if g and p['impl'] == 'vector': alloc[key] = g['score']
    return t, alloc


def peak(path):
    for b in json.load(open(path)):
        if b['benchmark'].endswith('.fma512'): return b['primaryMetric']['score'] * 1000 * 12 * 2 * 16 / 1e9


def gflops(d, k, b, us):
    """A train step's nominal GFLOP/s: forward and backward 4 B d k, the SGD step 2 per parameter (one output)."""
    return (4.0 * b * d * k + 2.0 * (k * d + 2 * k + 1)) / (us * 1e-6) / 1e9


def fmt(x):
    return f"{x:,.0f}" if x >= 100 else f"{x:.1f}" if x >= 10 else f"{x:.2f}" if x >= 1 else f"{x:.3g}"


grid, alloc = times(os.path.join(src, 'grid.json'))
redone = defaultdict(lambda: defaultdict(list))
for f in sorted(glob.glob(os.path.join(src, 'after-*.json'))):
    for key, r in times(f)[0].items():
        for impl, us in r.items(): redone[key][impl].append(us)
for key, r in redone.items():
    grid[key] = {impl: statistics.median(v) for impl, v in r.items()}
    alloc.pop(key, None)
mt, _ = times(os.path.join(src, 'mt.json'))
peaks = [peak(os.path.join(src, f)) for f in ('peak-before.json', 'peak-after.json')]
pk = statistics.mean(peaks)
prev = {}
for line in open(prev_md):
    m = re.match(r"\| (\d+) \| (\d+) \| (\d+) \| ([\d.e+,]+) \| [\d.e+,]+ \| ([\d.e+,]+) \|", line)
    if m: prev[tuple(int(m.group(i)) for i in (1, 2, 3))] = float(m.group(5).replace(',', ''))
netlib = {}
for r in csv.DictReader(open(netlib_csv)):
    if r['benchmark'] == 'TrainStepBenchmark' and r['impl'] == 'netlib':
        netlib[(int(r['d']), int(r['k']), int(r['batch']))] = float(r['seconds_per_op']) * 1e6

print(f"Peak fma512, one thread: {peaks[0]:.1f} GFLOP/s before the grid, {peaks[1]:.1f} after; % of peak is against "
      f"their mean, {pk:.1f}.\n")
print("| d | k | batch | scalar µs | vector µs | ×scalar | GFLOP/s | % of peak | vs 2026-12-02 | netlib µs (12-02) |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
under, slower = [], []
for key in sorted(grid):
    d, k, b = key
    r = grid[key]
    if 'vector' not in r or 'scalar' not in r: continue
    v, s = r['vector'], r['scalar']
    gf = gflops(d, k, b, v)
    ratio = s / v
    if ratio < 10: under.append(f"d={d} k={k} B={b} {ratio:.1f}x ({fmt(v)} µs)")
    nl = netlib.get(key)
    if nl and nl <= v: slower.append(f"d={d} k={k} B={b}")
    pv = prev.get(key)
    print(f"| {d} | {k} | {b}{'*' if key in redone else ''} | {fmt(s)} | {fmt(v)} | {ratio:.1f} | {gf:.1f} | {100 * gf / pk:.1f}% | "
          f"{f'{pv / v:.2f}x' if pv else '-'} | {fmt(nl) if nl else '-'} |")
n = sum(1 for r in grid.values() if 'vector' in r and 'scalar' in r)
print(f"\n\\* measured again after 6c3621d (the median of {', '.join(str(len(v['vector'])) for v in redone.values())} "
      "runs; the other cells are grid.json's, at aa337fe).\n")
print(f"Cells >= 10x scalar: {n - len(under)} of {n}. Under 10x: {', '.join(under) or 'none'}.")
print(f"Not faster than netlib: {', '.join(slower) or 'none'}.")
if alloc:
    high = {key: a for key, a in alloc.items() if a > 64}
    low = [a for a in alloc.values() if a <= 64]
    print(f"gc.alloc.rate.norm: {len(low)} of {len(alloc)} vector cells at {min(low):.0f}-{max(low):.0f} B/op; above: "
          + ", ".join(f"d={d} k={k} B={b} {a:,.0f}" for (d, k, b), a in sorted(high.items())) + ".")

varied = os.path.join(src, 'b1v.json')
if os.path.exists(varied):
    v1, _ = times(varied, '64')
    print("\n## Batch 1, a different sample each step (`-p batches=64`, after 6c3621d)\n")
    print("| d | k | scalar µs | vector µs | ×scalar |")
    print("|---:|---:|---:|---:|---:|")
    low = []
    for (d, k, b), r in sorted(v1.items()):
        ratio = r['scalar'] / r['vector']
        if ratio < 10: low.append(f"d={d} k={k} {ratio:.1f}x")
        print(f"| {d} | {k} | {fmt(r['scalar'])} | {fmt(r['vector'])} | {ratio:.1f} |")
    print(f"\nUnder 10x: {len(low)} of {len(v1)}: {', '.join(low) or 'none'}.")

def threads_table(mt, pk):
    print("| d | k | batch | 1 thread µs | GFLOP/s | % of peak | 2 threads µs | 2T / 1T |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    ok65 = ok75 = ok18 = 0
    for key in sorted(mt):
        d, k, b = key
        r = mt[key]
        if 'vector' not in r or 'vector-mt' not in r: continue
        v, m = r['vector'], r['vector-mt']
        gf = gflops(d, k, b, v)
        ok65 += gf >= 0.65 * pk
        ok75 += gf >= 0.75 * pk
        ok18 += v / m >= 1.8
        print(f"| {d} | {k} | {b} | {fmt(v)} | {gf:.1f} | {100 * gf / pk:.1f}% | {fmt(m)} | {v / m:.2f}x |")
    cells = sum(1 for r in mt.values() if 'vector-mt' in r)
    print(f"\nOne thread >= 65% of peak: {ok65} of {cells} (>= 75%: {ok75}). Two threads >= 1.8x: {ok18} of {cells}.")


warm = os.path.join(src, 'warm')
if os.path.isdir(warm):
    wpk = peak(os.path.join(warm, 'peak.json'))
    print("\n## With JitWarmUp (2063aaa): the large cells again\n")
    print("The grid's 2 x 1 s of warm-up left some large vector steps partly compiled in the measured iterations "
          "(their gc.alloc.rate.norm above). Vector alone, the grid's settings, after JitWarmUp "
          "([warm/large-vector.json](warm/large-vector.json)); ×scalar against grid.json's scalar, from another hour "
          f"of this VM. % of peak against this run's peak, {wpk:.1f} GFLOP/s ([warm/peak.json](warm/peak.json)).\n")
    lv, lalloc = times(os.path.join(warm, 'large-vector.json'))
    print("| d | k | batch | vector µs (grid) | B/op (grid) | vector µs (JitWarmUp) | B/op | ×scalar | % of peak |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for key in sorted(lv):
        d, k, b = key
        g, v = grid[key], lv[key]['vector']
        print(f"| {d} | {k} | {b} | {fmt(g['vector'])} | {alloc.get(key, float('nan')):,.0f} | {fmt(v)} | "
              f"{lalloc.get(key, float('nan')):,.0f} | {g['scalar'] / v:.1f} | {100 * gflops(d, k, b, v) / wpk:.1f}% |")
    print(f"\ngc.alloc.rate.norm with JitWarmUp: {min(lalloc.values()):.0f}-{max(lalloc.values()):,.0f} B/op.")
    print("\n### One and two threads with JitWarmUp ([warm/mt.json](warm/mt.json))\n")
    threads_table(times(os.path.join(warm, 'mt.json'))[0], wpk)

print("\n## One and two threads, the grid's run (d, k >= 256, batch >= 256; [mt.json](mt.json))\n")
threads_table(mt, pk)
