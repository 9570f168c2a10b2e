"""The cells near/run.sh measured: median of the forks' medians (5 forks each), the vector forks' range. Usage:
medians.py [folder]"""
import glob, json, os, re, statistics as st, sys
here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
print("| cell (batch 1) | scalar µs | vector µs | x scalar | vector forks µs |\n|---|---:|---:|---:|---|")
for f in sorted(glob.glob(f'{here}/vector-d*-k*.json')):
    d, k = re.search(r'd(\d+)-k(\d+)', f).groups()
    r = {}
    for impl in ('scalar', 'vector'):
        b = json.load(open(f'{here}/{impl}-d{d}-k{k}.json'))[0]
        r[impl] = [1e6 / st.median(x) for x in b['primaryMetric']['rawData']]
    s, v = st.median(r['scalar']), st.median(r['vector'])
    print(f"| d={d} k={k} | {s:.4g} | {v:.4g} | {s / v:.2f}x | {min(r['vector']):.4g}-{max(r['vector']):.4g} |")
