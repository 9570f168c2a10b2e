# usage: python3 g1tab.py DIR PEAK : one-thread H/N table of the G1 runs (H = before, N = after)
import json,glob,statistics as st,collections,sys
D=sys.argv[1]; peak=float(sys.argv[2])
T=collections.defaultdict(lambda: collections.defaultdict(dict))
for f in sorted(glob.glob(D+'/*.json')):
    name=f.split('/')[-1][:-5]; v=name[0]; r=name[2:]
    for b in json.load(open(f)):
        p=b['params']; key=(int(p['d']),int(p['k']),int(p['batch']))
        T[key][v][r]=1e6/b['primaryMetric']['score']
print(f'| d | k | batch | N/H speed per round (median) | 1T µs H -> N | N GFLOP/s | % of {peak} |')
print('|---:|---:|---:|---|---:|---:|---:|')
for c in sorted(T):
    h=T[c]['H']; n=T[c]['N']; rs=[h[r]/n[r] for r in sorted(h) if r in n]
    mh=st.median(h.values()); mn=st.median(n.values()); gf=4*c[0]*c[1]*c[2]/mn/1e3
    print(f'| {c[0]} | {c[1]} | {c[2]} | ' + ' '.join('%.2f'%x for x in rs) + ' (%.2f) | %s -> %s | %.1f | %.1f%% |'%(st.median(rs), f'{mh:,.0f}', f'{mn:,.0f}', gf, 100*gf/peak))
