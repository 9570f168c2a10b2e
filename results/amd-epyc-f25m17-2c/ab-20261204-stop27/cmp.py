"""JMH A/B: per impl and cell, the median of every measured iteration of each jar's runs (files <jar>-<round>.json
in the folder given), with -prof gc's B/op where it was run (- where not); the first jar's median over the last's."""
import json,glob,sys,statistics as st,collections
d=collections.defaultdict(list); al={}
for f in glob.glob(sys.argv[1]+'/*.json'):
    v=f.split('/')[-1].split('-')[0]
    for b in json.load(open(f)):
        p=b['params']; key=(p['impl'],int(p['d']),int(p['k']),int(p['batch']))
        its=[1e6/x for fork in b['primaryMetric']['rawData'] for x in fork]
        d[(v,)+key]+=its
        al[(v,)+key]=b.get('secondaryMetrics',{}).get('gc.alloc.rate.norm',{}).get('score')
vs=sorted(set(k[0] for k in d))
def fa(a): return '-' if a is None else f'{a:.0f}'
for key in sorted(set(k[1:] for k in d)):
    row=[f"{v}: med {st.median(d[(v,)+key]):.4g} us (n={len(d[(v,)+key])}, {fa(al.get((v,)+key))} B/op)" for v in vs if (v,)+key in d]
    print(key, ' | '.join(row), f"  {vs[0]}/{vs[-1]} {st.median(d[(vs[0],)+key])/st.median(d[(vs[-1],)+key]):.2f}x" if all((v,)+key in d for v in vs) else '')
