# batch-1 cells: vector/scalar/best-library with batches=64 (this dir) against the stop 34 grid (batches=1)
import sys, json, glob, statistics, collections
def load(files, want_batches=None):
    r = collections.defaultdict(list)
    for f in files:
        try: data = json.load(open(f))
        except Exception: continue
        for b in data:
            p = b.get('params')
            if not p or 'batch' not in p: continue
            if int(p['batch']) != 1: continue
            r[(p['impl'], int(p['d']), int(p['k']))] += [1e6 / x for fork in b['primaryMetric']['rawData'] for x in fork]
    return {k: statistics.median(v) for k, v in r.items()}
new = load(glob.glob(sys.argv[1] + '/*.json'))
old = load(glob.glob(sys.argv[2] + '/*.json'))
libs = ['netlib', 'ejml', 'ojalgo']
print("| d | k | vector b=64 µs | vector b=1 (stop 34) | scalar b=64 | ×scalar b=64 | ×scalar b=1 (stop 34) | best lib b=64 | vector ahead b=64 | ahead b=1 (stop 34) |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for d in [1, 16, 64, 256, 1024]:
    for k in [8, 64, 256, 1024, 4096]:
        v, s = new.get(('vector', d, k)), new.get(('scalar', d, k))
        vo, so = old.get(('vector', d, k)), old.get(('scalar', d, k))
        lb = min((new[(l, d, k)], l) for l in libs if (l, d, k) in new) if any((l, d, k) in new for l in libs) else None
        lo = min((old[(l, d, k)], l) for l in libs if (l, d, k) in old) if any((l, d, k) in old for l in libs) else None
        f = lambda x: f"{x:.4g}" if x else ""
        print(f"| {d} | {k} | {f(v)} | {f(vo)} | {f(s)} | {f(s/v) if s and v else ''}x | {f(so/vo) if so and vo else ''}x | "
              f"{f(lb[0]) + ' (' + lb[1] + ')' if lb else ''} | {f(lb[0]/v) + 'x' if lb and v else ''} | {f(lo[0]/vo) + 'x' if lo and vo else ''} |")
