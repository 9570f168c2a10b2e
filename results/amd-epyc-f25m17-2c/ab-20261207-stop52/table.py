# usage: python3 table.py FOLDER: the A and B runs of ab.sh (files A-*.json, B-*.json), mean time a call of each side
# (1/throughput of each run, two runs a side), and A's time over B's (above 1: B faster)
import json,glob,collections,sys,os
folder=sys.argv[1]
d=collections.defaultdict(lambda: collections.defaultdict(list))
for f in glob.glob(os.path.join(folder,'*.json')):
    tag=os.path.basename(f).split('-')[0]
    for r in json.load(open(f)):
        p={k:v for k,v in r['params'].items() if k not in ('impl','batches','keepGradient')}
        key=tuple(sorted(p.items()))
        d[key][tag].append(1e6/r['primaryMetric']['score'] if r['primaryMetric']['scoreUnit']=='ops/s' else r['primaryMetric']['score'])
print("| cell | A us | B us | A/B |")
print("|---|---:|---:|---:|")
for key in sorted(d, key=lambda k: [(n, float(v)) for n,v in k]):
    x=d[key]['A']; y=d[key]['B']
    if not x or not y: continue
    ma=sum(x)/len(x); mb=sum(y)/len(y)
    print(f"| {' '.join(n+'='+v for n,v in key)} | {ma:.4g} | {mb:.4g} | {ma/mb:.2f} |")
