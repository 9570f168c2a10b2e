import json,glob,statistics as st,collections,sys
D=sys.argv[1]; peak=float(sys.argv[2]); IMPLS=['vector','vector-mt'] if len(sys.argv)<4 else sys.argv[3].split(',')
T=collections.defaultdict(lambda: collections.defaultdict(dict)); G=collections.defaultdict(list)
for f in sorted(glob.glob(D+'/*.json')):
    name=f.split('/')[-1][:-5]; v=name[0]; r=name[2:]
    for b in json.load(open(f)):
        p=b['params']; key=(int(p['d']),int(p['k']),int(p['batch']),p['impl'])
        T[key][v][r]=1e6/b['primaryMetric']['score']
        if v=='N': G[key].append(b['secondaryMetrics']['gc.alloc.rate.norm']['score'])
cells=sorted(set(k[:3] for k in T))
print('| d | k | batch | 1T N/H speed per round (median) | 2T N/H per round (median) | 1T µs H -> N | 1T GFLOP/s N | N %% of %.1f | H %% | 2T speed-up N (H) | B/op 1T/2T N |'%peak)
print('|---:|---:|---:|---|---|---:|---:|---:|---:|---:|---:|')
n65=0;n18=0
for c in cells:
    d,k,B=c; row=f'| {d} | {k} | {B} |'; med={}
    for impl in IMPLS:
        kk=c+(impl,); a=T[kk]['H']; f=T[kk]['N']
        rs=[a[r]/f[r] for r in sorted(a) if r in f]
        med[impl]=(st.median(a.values()) if a else float('nan'), st.median(f.values()) if f else float('nan'))
        row+=' '+' '.join('%.2f'%x for x in rs)+(' (%.2f) |'%st.median(rs) if rs else ' |')
    h1,f1=med['vector']; h2,f2=med['vector-mt']
    gf=4*B*d*k/f1/1e3; pc=100*gf/peak; n65+=pc>=65; n18+=f1/f2>=1.8
    g1=st.median(G[c+('vector',)]) if G[c+('vector',)] else 0; g2=st.median(G[c+('vector-mt',)]) if G[c+('vector-mt',)] else 0
    row+=f' {h1:,.0f} -> {f1:,.0f} | {gf:.1f} | {pc:.1f}% | {100*4*B*d*k/h1/1e3/peak:.1f}% | {f1/f2:.2f}x ({h1/h2:.2f}x) | {g1:.0f} / {g2:.0f} |'
    print(row)
print(f'N: cells >=65%: {n65}, 2T >=1.8x: {n18}')
