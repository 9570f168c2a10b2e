import json,glob,statistics as st,collections,sys
D=sys.argv[1]; peak=float(sys.argv[2])
T=collections.defaultdict(lambda: collections.defaultdict(dict)); G=collections.defaultdict(list)
for f in sorted(glob.glob(D+'/*.json')):
    name=f.split('/')[-1][:-5]; v=name[0]; r=name[2:]
    if v not in 'AC': continue
    for b in json.load(open(f)):
        p=b['params']; key=(int(p['d']),int(p['k']),int(p['batch']),p['impl'])
        T[key][v][r]=1e6/b['primaryMetric']['score']
        if v=='C': G[key].append(b['secondaryMetrics']['gc.alloc.rate.norm']['score'])
rounds=sorted(set(r for k in T for r in T[k]['A']))
print('| d | k | batch | 1 thread: C/A speed per round (median) | 2 threads: per round (median) |')
print('|---:|---:|---:|---|---|')
cells=sorted(set(k[:3] for k in T))
med={}
for c in cells:
    row=f'| {c[0]} | {c[1]} | {c[2]} |'
    for impl in ['vector','vector-mt']:
        k=c+(impl,); a=T[k]['A']; cc=T[k]['C']
        rs=[a[r]/cc[r] for r in rounds if r in a and r in cc]
        med[k]=(st.median(a.values()), st.median(cc.values()))
        row+=' '+' '.join('%.2f'%x for x in rs)+' (%.2f) |'%st.median(rs)
    print(row)
print()
print(f'| d | k | batch | 1T µs (C) | 1T GFLOP/s | % of {peak} | 2T speed-up C (A) | B/op 1T / 2T (C) |')
print('|---:|---:|---:|---:|---:|---:|---:|---:|')
n65=0;n18=0;n18a=0
for c in cells:
    d,k,B=c
    a1,c1=med[c+('vector',)]; a2,c2=med[c+('vector-mt',)]
    g=4*B*d*k/c1/1e3
    n65+=g/peak>=0.65; n18+=c1/c2>=1.8; n18a+=a1/a2>=1.8
    print(f'| {d} | {k} | {B} | {c1:,.0f} | {g:.1f} | {100*g/peak:.1f}% | {c1/c2:.2f}x ({a1/a2:.2f}x) | {st.median(G[c+("vector",)]):.0f} / {st.median(G[c+("vector-mt",)]):.0f} |')
print('cells >=65%:', n65, ' 2T>=1.8x C:', n18, 'A:', n18a)
