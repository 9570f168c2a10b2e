# usage: optable.py FILE.json... : median us per cell (all iterations of all forks) and each option's time over plain's
import sys, json, statistics, collections
r = collections.defaultdict(list); alloc = collections.defaultdict(list)
for f in sys.argv[1:]:
    for b in json.load(open(f)):
        p = b['params']
        key = (int(p['d']), int(p['k']) or int(p['d']), int(p['batch']), int(p.get('batches', 1)))
        r[key + (p['option'],)] += [1e6 / x for fork in b['primaryMetric']['rawData'] for x in fork]
        g = b.get('secondaryMetrics', {}).get('gc.alloc.rate.norm')
        if g: alloc[key + (p['option'],)].append(g['score'])
opts = ["plain", "leaky", "fixedOutput", "noBiases", "identity"]
shapes = sorted({k[:4] for k in r})
print("| d | k | batch | batches | plain µs | " + " | ".join(o + " / plain" for o in opts[1:]) + " | B/op (max) |")
print("|---:|---:|---:|---:|---:|" + "---:|" * (len(opts) - 1) + "---:|")
for s in shapes:
    base = statistics.median(r[s + ("plain",)]) if r.get(s + ("plain",)) else None
    cells = []
    for o in opts[1:]:
        v = r.get(s + (o,))
        cells.append(f"{statistics.median(v) / base:.3f}x" if v and base else "")
    a = max((x for o in opts for x in alloc.get(s + (o,), [])), default=None)
    print(f"| {s[0]} | {s[1]} | {s[2]} | {s[3]} | {base:.4g} | " + " | ".join(cells) + f" | {'' if a is None else f'{a:.2f}'} |")
