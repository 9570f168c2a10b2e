import re,sys,statistics as st
from collections import defaultdict
d=defaultdict(list)
v=None
for line in open(sys.argv[1]):
    m=re.match(r'== (\w) (\d+)',line)
    if m: v=m.group(1); continue
    if not line.startswith('pass'): continue
    for cell,t1,t2 in re.findall(r'(\d+x\d+x\d+) 1T (\d+) 2T (\d+)',line):
        d[(cell,v,'1T')].append(int(t1)); d[(cell,v,'2T')].append(int(t2))
cells=sorted(set(k[0] for k in d))
for c in cells:
    out=[c]
    for t in ['1T','2T']:
        a=d[(c,'A',t)]; b=d[(c,'B',t)]
        out.append(f"{t}: A med {st.median(a):.0f} B med {st.median(b):.0f} B/A time {st.median(b)/st.median(a):.3f}")
    ra=[x/y for x,y in zip(d[(c,'A','1T')],d[(c,'A','2T')])]; rb=[x/y for x,y in zip(d[(c,'B','1T')],d[(c,'B','2T')])]
    out.append(f"speedup A {st.median(ra):.2f} B {st.median(rb):.2f}")
    print(' | '.join(out))
