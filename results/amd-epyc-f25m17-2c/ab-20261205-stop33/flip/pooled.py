"""flip/: every iteration of both rounds pooled per cell (median.py keeps one file per cell), with each fork's median
and the fork-by-fork ratios (scalar fork i over vector fork i, in file order)."""
import json, glob, os, statistics as st, collections
here = os.path.dirname(os.path.abspath(__file__))
d = collections.defaultdict(list); forks = collections.defaultdict(list)
for f in sorted(glob.glob(here + '/*.json')):
    for b in json.load(open(f)):
        p = b['params']; key = (p['impl'], int(p['d']), int(p['k']))
        for fork in b['primaryMetric']['rawData']:
            its = [1e6 / x for x in fork]; d[key] += its; forks[key].append(st.median(its))
for key in sorted(d):
    print(key, f"median {st.median(d[key]):.4g} us over {len(d[key])} iterations; fork medians",
          ' '.join(f'{x:.4g}' for x in forks[key]))
for dd in sorted({k[1] for k in d}):
    s = st.median(d[('scalar', dd, 64)]); v = st.median(d[('vector', dd, 64)])
    print(f"d={dd} k=64: {s / v:.2f}x; fork by fork",
          ' '.join(f'{a / b:.2f}' for a, b in zip(forks[('scalar', dd, 64)], forks[('vector', dd, 64)])))
