"""Medians over rounds of ab.sh's output: one line per (cell, variant, build), each round's median and theirs.
Usage: med.py FILE"""
import collections, re, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    m = re.match(r'(\S+) \d+ (d=\d+ k=\d+) (\S+)\s+median ([\d.]+)', line)
    if m: runs[(m.group(2), m.group(3), m.group(1))].append(float(m.group(4)))
for key in sorted(runs):
    print(f"{key[0]} {key[1]:<15} {key[2]:<3}", " ".join(f"{x:.1f}" for x in runs[key]),
          f" median {statistics.median(runs[key]):.2f} ns")
