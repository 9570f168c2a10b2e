"""python3 table.py: the JMH tables of README.md.
d1/d2: B = ad8d8c8 against C = cb548cb (dW tiles of 8 units); e1/e2: G = cb548cb against H = 53358a8 (W's step in
those tiles); rounds d1 and e1 old first, d2 and e2 new first. e3: H, scalar and vector, three forks."""
import json, glob, collections, statistics as st, os
here = os.path.dirname(os.path.abspath(__file__))
def ab(prefixes, A, B):
    res = collections.defaultdict(lambda: collections.defaultdict(list)); gc = {}
    for pre in prefixes:
        for v in (A, B):
            for b in json.load(open(f"{here}/jmh/{pre}-{v}.json")):
                p = b['params']; key = (int(p['d']), int(p['k']), int(p['batch']))
                res[key][v].append(1e6 / b['primaryMetric']['score'])
                gc[key, v] = round(b['secondaryMetrics']['gc.alloc.rate.norm']['score'])
    print(f"\n| d | k | batch | {A} µs ({', '.join(prefixes)}) | {B} µs ({', '.join(prefixes)}) | {B}'s speed / {A}'s "
          f"| B/op {A}, {B} |\n|---:|---:|---:|---:|---:|---:|---:|")
    for key in sorted(res):
        a, b = res[key][A], res[key][B]
        print(f"| {key[0]} | {key[1]} | {key[2]} | {st.median(a):.3f} ({', '.join(f'{x:.3f}' for x in a)}) | "
              f"{st.median(b):.3f} ({', '.join(f'{x:.3f}' for x in b)}) | {st.median(a) / st.median(b):.2f}x | "
              f"{gc[key, A]}, {gc[key, B]} |")
ab(['d1', 'd2'], 'B', 'C')
ab(['e1', 'e2'], 'G', 'H')
print("\nH, d=16 k=8 batch 32, three forks (µs per step, each fork's median of 3 iterations):\n")
forks = {}
for b in json.load(open(f"{here}/jmh/e3-forks-H.json")):
    forks[b['params']['impl']] = [st.median(1e6 / x for x in f) for f in b['primaryMetric']['rawData']]
for impl, f in forks.items(): print(f"- {impl}: {', '.join(f'{x:.3f}' for x in f)} (median {st.median(f):.3f})")
print(f"- scalar / vector, medians of the forks: {st.median(forks['scalar']) / st.median(forks['vector']):.1f}x")
