"""Samples of a perf script -F ip dump per C1/C2 nmethod of a PrintAssembly log of the same JVM (perf record -e
cpu-clock: no hardware counters in this VM). Usage: map.py LOG IPS"""
import re,collections,sys,subprocess
asm, ipf = sys.argv[1], sys.argv[2]
ips=collections.Counter(int(l.strip(),16) for l in open(ipf) if l.strip())
lines=open(asm).read().split('\n')
# find nmethod blocks: "Compiled method (c2) ... name (N bytes)" then main code [a,b]
meths=[]
for i,l in enumerate(lines):
    m=re.match(r'Compiled method \((c\d)\)\s+\d+\s+\d+\s+\S*\s+(\d)?\s*(\S+)',l)
    if m:
        name=l.split()[-3] if l.strip().endswith('bytes)') else l
        for j in range(i,i+8):
            mm=re.search(r'main code\s+\[0x([0-9a-f]+),0x([0-9a-f]+)\]',lines[j])
            if mm: meths.append((int(mm.group(1),16),int(mm.group(2),16),m.group(1),name,i)); break
tot=sum(ips.values())
res=[]
for a,b,c,n,i in meths:
    s=sum(v for ip,v in ips.items() if a<=ip<b)
    if s: res.append((s,c,n,i))
for s,c,n,i in sorted(res,reverse=True)[:15]: print("%6.2f%% %s %s line %d"%(100*s/tot,c,n,i))
