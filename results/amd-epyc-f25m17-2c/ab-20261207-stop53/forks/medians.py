# usage: python3 forks/medians.py (from the stop's folder): each cell and jar, the forks' mean times (us a call) and
# their median, over all JMH runs in forks/ (files JAR-CELL-RANDOM.json, 6 forks each)
import json,glob,statistics,collections,os
g=collections.defaultdict(list)
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__),'*.json'))):
    r=json.load(open(f))[0]; raw=r['primaryMetric']['rawData']
    j,cell=os.path.basename(f).split('-',1); cell=cell.rsplit('-',1)[0]
    g[(cell,j)]+=[1e6/(sum(x)/len(x)) for x in raw]
for (cell,j),v in sorted(g.items()):
    print(cell,j,len(v),'forks, median %.4g us:'%statistics.median(v),' '.join('%.3g'%x for x in v))
