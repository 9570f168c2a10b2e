import json,statistics as st,os,sys,glob,collections
D=sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
res=collections.defaultdict(list)
for f in sorted(glob.glob(D+'/*.json')):
    if os.path.getsize(f)==0: continue
    th,multi,rnd=os.path.basename(f)[:-5].split('-')
    try: data=json.load(open(f))
    except ValueError: continue
    for b in data:
        p=b['params']; res[(p['d'],p['k'],p['batch'],th,multi)] += [1e6/st.median(x) for x in b['primaryMetric']['rawData']]
for key in sorted(res, key=lambda t:(int(t[2]),t[3],t[4])):
    print(key, 'median %.0f'%st.median(res[key]), [round(x) for x in res[key]])
