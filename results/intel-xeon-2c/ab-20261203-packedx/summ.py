import json,glob,sys,statistics,collections
D=sys.argv[1]; T=collections.defaultdict(lambda: collections.defaultdict(list))
for v in 'AB':
    for f in sorted(glob.glob(f'{D}/{v}-*.json')):
        for b in json.load(open(f)):
            p=b['params']; key=tuple(sorted((k,x) for k,x in p.items() if k not in ('keepGradient',)))
            T[key][v].append(1e6/b['primaryMetric']['score'])
for key,r in sorted(T.items()):
    a,b=statistics.median(r['A']),statistics.median(r['B'])
    print(dict(key), 'A %.4g us B %.4g us  B/A speed %.2fx  runs A %s B %s'%(a,b,a/b,['%.3g'%x for x in r['A']],['%.3g'%x for x in r['B']]))
