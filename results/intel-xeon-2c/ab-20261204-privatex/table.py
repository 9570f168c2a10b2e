"""python3 table.py: the A/B tables of README.md from jmh/*.json (A = 35ced6e, B = e9cb348; medians over rounds)."""
import json, glob, collections, statistics as st, os
here = os.path.dirname(os.path.abspath(__file__))
def load(rounds):
    res = collections.defaultdict(list)
    for r in rounds:
        for f in glob.glob(f"{here}/jmh/{r}-*.json"):
            v = f[-6]
            for b in json.load(open(f)):
                p = b['params']
                res[(int(p['d']), int(p['k']), int(p['batch'])), p['impl'], v].append(1e6 / b['primaryMetric']['score'])
    return res
def mt(rounds, title):
    res = load(rounds)
    print(f"\n{title}\n\n| d | k | batch | A 1T µs | A 2T µs | A 2T/1T | B 1T µs | B 2T µs | B 2T/1T | B 2T time / A 2T time |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for key in sorted({k for k, _, _ in res}):
        m = {(i, v): st.median(res[key, i, v]) for i in ('vector', 'vector-mt') for v in 'AB'}
        print(f"| {key[0]} | {key[1]} | {key[2]} | {m['vector','A']:.1f} | {m['vector-mt','A']:.1f} | "
              f"{m['vector','A']/m['vector-mt','A']:.2f}x | {m['vector','B']:.1f} | {m['vector-mt','B']:.1f} | "
              f"{m['vector','B']/m['vector-mt','B']:.2f}x | {m['vector-mt','B']/m['vector-mt','A']:.2f} |")
mt(['r1', 'r2'], "k=256, rounds r1 (A then B) and r2 (B then A), medians of the two:")
mt(['r3'], "k=1024 and 4096, round r3 (A then B):")
res = load(['r4'])
print("\nSmaller shapes on two threads, round r4 (B then A):\n\n| d | k | batch | A 2T µs | B 2T µs | B/A time |\n|---:|---:|---:|---:|---:|---:|")
for key in sorted({k for k, _, _ in res}):
    a, b = st.median(res[key, 'vector-mt', 'A']), st.median(res[key, 'vector-mt', 'B'])
    print(f"| {key[0]} | {key[1]} | {key[2]} | {a:.2f} | {b:.2f} | {b/a:.2f} |")
