"""Pooled medians over folders of ab.sh runs: each run's score, all runs of a side, median per side (µs)."""
import json, glob, sys, statistics as st, collections
runs = collections.defaultdict(lambda: collections.defaultdict(list))
for folder in sys.argv[1:]:
    for f in glob.glob(f'{folder}/*.json'):
        name = f.rsplit('/', 1)[1][:-5]
        side, cell = name.split('-', 1)[0], name.split('-', 1)[1].rsplit('-', 1)[0]
        runs[cell][side].append(1e6 / json.load(open(f))[0]['primaryMetric']['score'])
print('| cell | runs a side | A µs (median) | B µs (median) | speed-up | A runs | B runs |')
print('|---|---:|---:|---:|---:|---|---|')
for cell, s in sorted(runs.items()):
    a, b = st.median(s['A']), st.median(s['B'])
    print(f"| {cell} | {len(s['A'])} | {a:.4g} | {b:.4g} | {a / b:.2f} | {', '.join(f'{x:.3g}' for x in sorted(s['A']))} | "
          f"{', '.join(f'{x:.3g}' for x in sorted(s['B']))} |")
