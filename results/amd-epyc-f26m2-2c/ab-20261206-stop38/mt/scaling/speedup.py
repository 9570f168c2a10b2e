import json,statistics as st,os,sys
def load(f):
    r={}
    if not os.path.exists(f) or os.path.getsize(f)==0: return r
    for b in json.load(open(f)):
        p=b['params']; forks=[1e6/st.median(x) for x in b['primaryMetric']['rawData']]
        r[(p['d'],p['k'])]=forks
    return r
D=sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
v=load(D+'/v1.json'); m=load(D+'/m1.json'); m2=load(D+'/m2.json'); v2=load(D+'/v2.json')
for key in sorted(v, key=lambda t:(int(t[0]),int(t[1]))):
    vv=v[key]+v2.get(key,[]); mm=m.get(key,[])+m2.get(key,[])
    if mm: print(key, 'v %.0f'%st.median(vv), 'm %.0f'%st.median(mm), 'x%.2f'%(st.median(vv)/st.median(mm)), [round(x) for x in vv], [round(x) for x in mm])
