"""fewrows/run.sh's runs: per cell the median step time of A42's two runs and N42's two, the ratio, and ScalarKernel's.
Usage: table.py [folder]"""
import glob, json, os, statistics as st, sys
here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
t = {}
for f in glob.glob(f'{here}/*.json'):
    tag = os.path.basename(f)[:-5].split('-')[0]
    for b in json.load(open(f)):
        p = b['params']
        t.setdefault((tag, int(p['d']), int(p['k']), int(p['batch'])), []).append(1e6 / b['primaryMetric']['score'])
print('| d | k | batch | A42 µs | N42 µs | A/N | scalar µs | ×scalar (N) |\n|---:|---:|---:|---:|---:|---:|---:|---:|')
for c in sorted({key[1:] for key in t}):
    a, n, s = (st.median(t[(tag,) + c]) for tag in ('A', 'N', 'scalar'))
    print(f'| {c[0]} | {c[1]} | {c[2]} | {a:.4g} | {n:.4g} | {a / n:.2f} | {s:.4g} | {s / n:.1f} |')
