import json, glob, collections, statistics as st, sys
d = collections.defaultdict(list)
for f in glob.glob(sys.argv[1] + '/*.json'):
    v = f.split('/')[-1].split('-')[0]
    try: js = json.load(open(f))
    except Exception: continue
    for b in js:
        p = b['params']; key = (int(p['d']), int(p['k']), int(p['batch']))
        d[key, v].append(1e6 / b['primaryMetric']['score'])
vs = sorted({v for _, v in d})
for key in sorted({k for k, _ in d}):
    row = {v: st.median(d[key, v]) for v in vs if (key, v) in d}
    base = row.get('A')
    print(key, '  '.join(f"{v}={row[v]:.4g}us" + (f"({base / row[v]:.2f}x)" if base and v != 'A' else '') for v in row), ' runs', [len(d[key, v]) for v in vs if (key, v) in d])
