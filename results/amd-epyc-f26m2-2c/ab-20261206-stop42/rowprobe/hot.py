"""The instructions of one nmethod (from its line in the PrintAssembly log) with their share of its cpu-clock
samples, those over THRESHOLD (default 0.005). cpu-clock samples land after the instruction that stalled (skid).
Usage: hot.py LOG IPS LINE [THRESHOLD]"""
import re,collections,sys
asm, ipf, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
import subprocess
out=subprocess.run(['python3','/tmp/hsdis/dis.py',asm,str(start),str(start+20000)],capture_output=True,text=True).stdout
ips=collections.Counter(int(l.strip(),16) for l in open(ipf) if l.strip())
ins=[]
for l in out.split('\n'):
    p=l.split('\t')
    if len(p)>=3 and re.match(r'\s*[0-9a-f]+:',p[0]): ins.append((int(p[0].strip()[:-1],16),p[2].strip()))
# restrict to the first contiguous method: stop at big gap
lo=ins[0][0]; hi=ins[-1][0]
tot=sum(c for a,c in ips.items() if lo<=a<=hi)
thr=float(sys.argv[4]) if len(sys.argv)>4 else 0.005
print("samples",tot)
for i,(a,t) in enumerate(ins):
    c=ips.get(a,0)
    if c>=tot*thr: print("%5d %5.1f%% %x %s"%(i,100*c/tot,a,t))
