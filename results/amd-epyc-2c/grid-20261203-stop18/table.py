import csv, sys, collections, json, re
new = sys.argv[1]           # JMH JSON of the whole grid (vector and scalar)
prev_md = 'results/amd-epyc-2c/full-grid-20261203-small.md'
netlibrun = 'results/amd-epyc-2c/20261202-112613'
peak, peakrun = float(sys.argv[2]), sys.argv[3]
import statistics
# extra runs: their cells' times join the main run's (median of all); after --override, a run's cells replace the
# earlier runs' times for those cells (measured again after a later kernel change)
args = sys.argv[4:]
extra = args[:args.index('--override')] if '--override' in args else args
override = args[args.index('--override') + 1:] if '--override' in args else []
OVR = set()
for path in override:
    for b in json.load(open(path)):
        p = b['params']; OVR.add((int(p['d']), int(p['k']), int(p['batch'])))
T = collections.defaultdict(lambda: collections.defaultdict(list))
RUNS = collections.defaultdict(list)  # per cell: (vector, scalar) of each run that has both
N = collections.defaultdict(dict); RE = set()
for path in [new] + extra + override:
    for b in json.load(open(path)):
        p = b['params']; key = (int(p['d']), int(p['k']), int(p['batch']))
        if key in OVR and path not in override: continue
        T[key][p['impl']].append(1e6 / b['primaryMetric']['score'])
        if path != new: RE.add(key)
        if p['impl'] == 'vector' and path == new:
            sec = b.get('secondaryMetrics', {}).get('gc.alloc.rate.norm')
            if sec: N[key]['alloc'] = sec['score']
    one = collections.defaultdict(dict)
    for b in json.load(open(path)):
        p = b['params']; one[(int(p['d']), int(p['k']), int(p['batch']))][p['impl']] = 1e6 / b['primaryMetric']['score']
    for key, r in one.items():
        if key in OVR and path not in override: continue
        if 'vector' in r and 'scalar' in r: RUNS[key].append(r['scalar'] / r['vector'])
for key, r in T.items():
    for impl, ts in r.items(): N[key][impl] = statistics.median(ts)
PREV = {}
for line in open(prev_md):
    m = re.match(r"\| (\d+) \| (\d+) \| (\d+)[*†]? \| ([\d,.]+) \| ([\d,.]+) \|", line)
    if m:
        d, k, b = int(m.group(1)), int(m.group(2)), int(m.group(3))
        PREV[(d, k, b)] = (float(m.group(4).replace(',', '')), float(m.group(5).replace(',', '')))
NL = collections.defaultdict(dict)
for r in csv.DictReader(open(netlibrun + '/results.csv')):
    if r['benchmark'] != 'TrainStepBenchmark' or not r['gflops']: continue
    NL[(int(r['d']), int(r['k']), int(r['batch']))][r['impl']] = float(r['seconds_per_op']) * 1e6
def fmt(x):
    if x >= 100: return f"{x:,.0f}"
    if x >= 10: return f"{x:.1f}"
    if x >= 1: return f"{x:.2f}"
    return f"{x:.3g}"
print(f"**Peak: fma512 {peak:.1f} GFLOP/s** ({peakrun}).\n")
print("| d | k | batch | scalar µs | vector µs | ×scalar | GFLOP/s | % of peak | vector vs stop 17 | ×scalar at stop 17 | netlib µs | vector vs netlib |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
under = []; notnet = []; ok = 0; allocs = []
for key in sorted(N):
    d, k, b = key; r = N[key]
    if 'vector' not in r or 'scalar' not in r: continue
    v, s = r['vector'], r['scalar']; fl = 4.0 * b * d * k
    gf = fl / (v * 1e-6) / 1e9
    pv = PREV.get(key); nl = NL.get(key, {}).get('netlib')
    if 'alloc' in r: allocs.append(r['alloc'])
    ratio = s / v
    if ratio >= 10: ok += 1
    else: under.append(f"d={d} k={k} B={b}: {ratio:.1f}x")
    if nl and nl <= v: notnet.append(f"d={d} k={k} B={b}")
    print(f"| {d} | {k} | {b}{'†' if key in OVR else '*' if key in RE else ''} | {fmt(s)} | {fmt(v)} | {ratio:.1f} | {gf:.1f} | {100*gf/peak:.1f}% | "
          + (f"{pv[1]/v:.2f}x" if pv else "-") + " | " + (f"{pv[0]/pv[1]:.1f}" if pv else "-") + " | "
          + (fmt(nl) if nl else "-") + " | " + (f"{nl/v:.1f}x" if nl else "-") + " |")
print(f"\nCells >= 10x scalar: {ok} of {len([k for k in N if 'vector' in N[k] and 'scalar' in N[k]])}.")
print("Under 10x: " + ", ".join(under))
print("Not faster than netlib (netlib from 20261202-112613): " + (", ".join(notnet) or "none"))
if allocs: print(f"gc.alloc.rate.norm of the vector cells: {min(allocs):.1f}-{max(allocs):.1f} B/op")
split = [f"d={d} k={k} B={b} ({', '.join(f'{x:.1f}' for x in RUNS[(d, k, b)])})" for (d, k, b) in sorted(RUNS)
         if len(RUNS[(d, k, b)]) > 1 and min(RUNS[(d, k, b)]) < 10 <= max(RUNS[(d, k, b)])]
print("Cells whose runs fall on both sides of 10x (×scalar of each run): " + (", ".join(split) or "none"))
