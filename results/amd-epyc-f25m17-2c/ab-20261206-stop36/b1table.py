"""Batch-1 table from batch1-f1/: ScalarKernel (F1-s1, one fork) and VectorKernel before (H = 7737a2c) and after
(F1 = the list, 4ce51ba's kernel), medians over all iterations (2 rounds of one fork each for the vector jars)."""
import json,glob,statistics as st,collections,sys
D=sys.argv[1] if len(sys.argv)>1 else 'batch1-f1'
d=collections.defaultdict(list)
for f in glob.glob(D+'/*.json'):
    v=f.split('/')[-1].split('-')[0]
    for b in json.load(open(f)):
        p=b['params']; d[(v,p['impl'],int(p['d']),int(p['k']))]+= [1e6/x for fork in b['primaryMetric']['rawData'] for x in fork]
print('| d | k | scalar µs | vector before µs | ×scalar | vector after µs | ×scalar | after / before |')
print('|---:|---:|---:|---:|---:|---:|---:|---:|')
n=nh=0
for dd in (1,16,64,256,1024):
  for k in (8,64,256,1024,4096):
    s=st.median(d[('F1','scalar',dd,k)]); f=st.median(d[('F1','vector',dd,k)]); h=st.median(d[('H','vector',dd,k)])
    n+=s/f>=10; nh+=s/h>=10
    print(f"| {dd} | {k} | {s:.4g} | {h:.4g} | {s/h:.2f}x | {f:.4g} | {s/f:.2f}x | {f/h:.2f}x |")
print(f"\ncells at >= 10x scalar: before {nh} of 25, after {n} of 25")
