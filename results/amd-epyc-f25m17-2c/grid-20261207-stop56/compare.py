# usage: python3 compare.py OTHER_GRID_FOLDER [THIS_FOLDER]: per batch and implementation, the median over the grid's
# cells of this grid's time over the other's (vector, scalar, netlib), and the cells that moved most (vector)
import json, os, statistics, sys, collections
other = sys.argv[1]; here = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
def load(folder, name):
    t = {}
    path = os.path.join(folder, name + '.json')
    if not os.path.exists(path): return t
    for r in json.load(open(path)):
        p = r['params']; s = r['primaryMetric']
        us = 1e6 / s['score'] if s['scoreUnit'] == 'ops/s' else s['score']
        t[(int(p['d']), int(p['k']), int(p['batch']))] = us
    return t
for impl in ('vector', 'scalar', 'netlib'):
    a, b = load(here, impl), load(other, impl)
    if impl == 'scalar':
        a.update(load(here, 'scalar-4096')); b.update(load(other, 'scalar-4096'))
    by = collections.defaultdict(list)
    for c in a:
        if c in b: by[c[2]].append(a[c] / b[c])
    print(impl, ' '.join('batch %d: %.2f (%d cells)' % (bt, statistics.median(v), len(v)) for bt, v in sorted(by.items())))
a, b = load(here, 'vector'), load(other, 'vector')
moved = sorted((a[c] / b[c], c) for c in a if c in b)
print('vector, fastest against the other grid:', ', '.join('d=%d k=%d batch %d %.2f' % (c + (r,)) for r, c in moved[:6]))
print('vector, slowest against the other grid:', ', '.join('d=%d k=%d batch %d %.2f' % (c + (r,)) for r, c in moved[-6:]))
