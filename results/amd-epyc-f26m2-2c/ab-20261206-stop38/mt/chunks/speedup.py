import json,statistics as st,os,sys,glob
D=sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
res={}
for f in sorted(glob.glob(D+'/*.json')):
    if os.path.getsize(f)==0: continue
    name=os.path.basename(f)[:-5]
    impl,dd,r=name.rsplit('-',2)
    try: data=json.load(open(f))
    except ValueError: continue
    for b in data:
        p=b['params']; forks=[1e6/st.median(x) for x in b['primaryMetric']['rawData']]
        res[(p['d'],p['k'],r,impl)]=forks
keys=sorted(set((a,b,c) for a,b,c,_ in res), key=lambda t:(int(t[0]),int(t[1]),int(t[2][1:])))
for key in keys:
    v=res.get(key+('vector',)); m=res.get(key+('vector-mt',))
    s=f"d={key[0]} k={key[1]} {key[2]}:"
    if v: s+=f" 1t {st.median(v):.0f} {[round(x) for x in v]}"
    if m: s+=f" 2t {st.median(m):.0f} {[round(x) for x in m]}"
    if v and m: s+=f" x{st.median(v)/st.median(m):.2f}"
    print(s)
