import json,glob,collections,statistics as st,sys
res=collections.defaultdict(lambda: collections.defaultdict(list)); gc=collections.defaultdict(list)
for f in glob.glob(sys.argv[1]+'/*.json'):
    v=f.split('/')[-1][0]
    for b in json.load(open(f)):
        p=b['params']; key=(int(p['d']),int(p['k']),int(p['batch'])); res[key][v].append(b['primaryMetric']['score'])
        s=b.get('secondaryMetrics',{}).get('gc.alloc.rate.norm')
        if s: gc[(key,v)].append(round(s['score']))
A,B=sys.argv[2],sys.argv[3]
for key in sorted(res):
    r=res[key]; m={v:st.median(x) for v,x in r.items()}
    print(key, ' '.join(f"{v} {1e6/m[v]:.3f}us {[round(1e6/y,3) for y in r[v]]} gc {gc.get((key,v))}" for v in sorted(r)), f"{A}/{B} speed {m[A]/m[B]:.3f}")
