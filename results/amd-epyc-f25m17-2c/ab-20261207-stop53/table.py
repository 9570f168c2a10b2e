# A = 0cd6b0c (stop 44), B = this stop; usage: python3 table.py FOLDER A B (JSON files named A-*.json and B-*.json)
import json,glob,collections,sys,os
folder=sys.argv[1]; a=sys.argv[2]; b=sys.argv[3]
d=collections.defaultdict(lambda: collections.defaultdict(list))
for f in glob.glob(os.path.join(folder,'*.json')):
    tag=os.path.basename(f).split('-')[0]
    for r in json.load(open(f)):
        p=r['params']; key=(int(p['d']),int(p['k']),int(p['batch']))
        d[key][tag].append(1e6/r['primaryMetric']['score'])
print(f"| d | k | batch | {a} us | {b} us | speed-up |")
print("|---:|---:|---:|---:|---:|---:|")
for key in sorted(d):
    x=d[key][a]; y=d[key][b]
    if not x or not y: continue
    ma=sum(x)/len(x); mb=sum(y)/len(y)
    print(f"| {key[0]} | {key[1]} | {key[2]} | {ma:.4g} | {mb:.4g} | {ma/mb:.2f} |")
