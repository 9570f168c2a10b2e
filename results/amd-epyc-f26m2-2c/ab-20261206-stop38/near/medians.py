"""Batch-1 cells under or near 10x scalar: 5 forks each, scalar and vector in turn per cell (stop 37's near/run.sh
with JAR=/tmp/bench-S38.jar). Median of the forks' medians; the vector forks' range."""
import json, os, statistics as st
here = os.path.dirname(os.path.abspath(__file__))
print("| cell (batch 1) | scalar µs | vector µs | x scalar | vector forks µs |\n|---|---:|---:|---:|---|")
for d, k in [(1, 8), (16, 8), (64, 8), (1, 64), (16, 64), (256, 8), (1024, 4096)]:
    r = {}
    for impl in ('scalar', 'vector'):
        b = json.load(open(f'{here}/{impl}-d{d}-k{k}.json'))[0]
        r[impl] = [1e6 / st.median(f) for f in b['primaryMetric']['rawData']]
    s, v = st.median(r['scalar']), st.median(r['vector'])
    print(f"| d={d} k={k} | {s:.4g} | {v:.4g} | {s / v:.2f}x | {min(r['vector']):.4g}-{max(r['vector']):.4g} |")
