# usage: python3 medians.py [probe.txt]: each cell's per-jar median of ns a step and G56's median over Y56's
import statistics, sys
cell, med = None, {}
for line in open(sys.argv[1] if len(sys.argv) > 1 else 'probe.txt'):
    if line.startswith('=='):
        cell = line[2:].strip(); med = {}
    elif ':' in line:
        jar, vals = line.split(':'); v = [float(t) for t in vals.split()]
        med[jar] = statistics.median(v)
        print('%-14s %s median %.1f ns (%d JVMs, min %.1f)' % (cell, jar, med[jar], len(v), min(v)))
        if len(med) == 2: print('%-14s G56/Y56 %.3f' % (cell, med['G56'] / med['Y56']))
