# usage: cmpo.py DIR A B : medians of all iterations per cell (params) for jar tags A and B (files A-*.json, B-*.json)
import sys, json, glob, statistics, collections
d, A, B = sys.argv[1:4]
def load(tag):
    r = collections.defaultdict(list)
    for f in glob.glob(f"{d}/{tag}-*.json"):
        for b in json.load(open(f)):
            key = tuple(sorted((p, v) for p, v in b['params'].items() if p != 'batches'))
            raw = [x for fork in b['primaryMetric']['rawData'] for x in fork]
            r[key] += [1e6 / x for x in raw]  # ops/s -> us
    return r
a, b = load(A), load(B)
for k in sorted(a, key=lambda k: [str(v) for _, v in k]):
    if k not in b: continue
    ma, mb = statistics.median(a[k]), statistics.median(b[k])
    print(f"{dict(k)}  {A} {ma:.4g} us | {B} {mb:.4g} us | {B}/{A} time {mb/ma:.3f}x  (n={len(a[k])},{len(b[k])})")
