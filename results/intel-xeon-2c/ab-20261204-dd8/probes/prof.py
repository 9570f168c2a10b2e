import re,collections,sys
c=collections.Counter(); m=collections.Counter(); tot=0
for ev in open(sys.argv[1]).read().split('jdk.ExecutionSample')[1:]:
    fr=re.findall(r'^\s+(\S.*?\))\s+line: (\d+)', ev, re.M)
    for f,l in fr:
        if 'dev.twolayer' in f:
            name=f.split('(')[0]; c[(name,l)]+=1; m[name]+=1; break
    tot+=1
print(tot)
for k,v in m.most_common(int(sys.argv[2]) if len(sys.argv)>2 else 14): print(v, round(100*v/tot,1), k)
