# usage: python3 forks/medians.py [FOLDER] (from the stop's folder): each cell and jar, the forks' mean times (us a
# call) and their median, over all JMH runs in FOLDER (default: this script's, forks/; files JAR-CELL-RANDOM.json)
import json,glob,statistics,collections,os,sys
folder=sys.argv[1] if len(sys.argv)>1 else os.path.dirname(os.path.abspath(__file__))
g=collections.defaultdict(list)
for f in sorted(glob.glob(os.path.join(folder,'*.json'))):
    r=json.load(open(f))[0]; raw=r['primaryMetric']['rawData']
    j,cell=os.path.basename(f).split('-',1); cell=cell.rsplit('-',1)[0]
    g[(cell,j)]+=[1e6/(sum(x)/len(x)) for x in raw]
for (cell,j),v in sorted(g.items()):
    print(cell,j,len(v),'forks, median %.4g us:'%statistics.median(v),' '.join('%.3g'%x for x in v))
