# usage: python3 near/table.py [FOLDER]: the near runs' table (vector and scalar in turn, one fork each; ratio of the
# medians of each side's runs), from FOLDER's dD-kK-bB-{vector,scalar}N.json (default: this script's folder)
import json, glob, os, statistics, sys, collections
folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
runs = collections.defaultdict(lambda: collections.defaultdict(list))
for f in sorted(glob.glob(os.path.join(folder, 'd*-k*-b*-*.json'))):
    cell, run = os.path.basename(f)[:-5].rsplit('-', 1)
    r = json.load(open(f))[0]['primaryMetric']
    runs[cell][run.rstrip('0123456789')].append(1e6 / r['score'])  # ops/s -> us a step
key = lambda c: tuple(int(p[1:]) for p in c.split('-')[::-1])
print('| batch 1 | vector µs (runs) | scalar µs (runs) | ×scalar (medians) |')
print('|---|---:|---:|---:|')
for cell in sorted(runs, key=key):
    v, s = runs[cell]['vector'], runs[cell]['scalar']
    print('| %s | %s | %s | %.2fx |' % (cell, ', '.join('%.4g' % t for t in v), ', '.join('%.4g' % t for t in s),
                                      statistics.median(s) / statistics.median(v)))
