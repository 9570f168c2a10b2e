#!/usr/bin/env python3
"""Allocation samples of a JFR recording (jdk.ObjectAllocationSample): how many a second, and by the innermost
dev.twolayer frame and the allocating frame. Usage: allocs.py recording.jfr"""
import collections, re, subprocess, sys

jfr = '/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr'
txt = subprocess.run([jfr, 'print', '--events', 'jdk.ObjectAllocationSample', '--stack-depth', '12', sys.argv[1]],
                     capture_output=True, text=True, check=True).stdout
rows = []
for e in txt.split('jdk.ObjectAllocationSample {')[1:]:
    t = re.search(r'startTime = (\S+)', e).group(1)
    fr = [l.strip() for l in e.split('\n') if 'line:' in l]
    ours = next((f for f in fr if 'dev.twolayer' in f), '-')
    rows.append((t[:8], re.sub(r'\(.*\)', '()', ours), re.sub(r'\(.*\)', '()', fr[0]) if fr else '-'))
print(f'{len(rows)} allocation samples')
print('by second:', ', '.join(f'{s} {n}' for s, n in sorted(collections.Counter(r[0] for r in rows).items())))
print('by innermost dev.twolayer frame, allocating frame:')
for (o, a), n in collections.Counter((r[1], r[2]) for r in rows).most_common(15):
    print(f'  {n:5d}  {o}  <-  {a}')
vec = [r for r in rows if 'jdk.incubator.vector' in r[2]]
print(f'samples allocating in jdk.incubator.vector: {len(vec)}, by second:',
      ', '.join(f'{s} {n}' for s, n in sorted(collections.Counter(r[0] for r in vec).items())))
