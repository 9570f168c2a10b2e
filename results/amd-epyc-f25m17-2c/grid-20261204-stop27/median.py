"""Per cell: median (and min..max) of µs/op over every measurement iteration of every fork, from the JMH JSON files
given; then vector against scalar (batch 1 and 32) and vector-mt against vector (the large cells)."""
import json, sys, statistics as st
cells = {}
for f in sys.argv[1:]:
    for b in json.load(open(f)):
        p = b['params']; key = (int(p['d']), int(p['k']), int(p['batch']))
        its = [1e6 / v for fork in b['primaryMetric']['rawData'] for v in fork]
        mean = 1e6 / b['primaryMetric']['score']
        cells[(p['impl'],) + key] = (st.median(its), min(its), max(its), mean, len(its))
print('| impl | d | k | batch | median µs | min..max µs | JMH mean µs | iterations |')
print('|---|---:|---:|---:|---:|---:|---:|---:|')
for key in sorted(cells):
    m, lo, hi, mean, n = cells[key]
    print(f'| {key[0]} | {key[1]} | {key[2]} | {key[3]} | {m:.4g} | {lo:.4g}..{hi:.4g} | {mean:.4g} | {n} |')
print()
print('| d | k | batch | scalar / vector (medians) | (JMH means) |')
print('|---:|---:|---:|---:|---:|')
for key in sorted(cells):
    if key[0] != 'vector': continue
    s = cells.get(('scalar',) + key[1:]); mt = cells.get(('vector-mt',) + key[1:])
    if s: print(f'| {key[1]} | {key[2]} | {key[3]} | {s[0] / cells[key][0]:.2f}x | {s[3] / cells[key][3]:.2f}x |')
    if mt: print(f'| {key[1]} | {key[2]} | {key[3]} | two threads: {cells[key][0] / mt[0]:.2f}x | {cells[key][3] / mt[3]:.2f}x |')
