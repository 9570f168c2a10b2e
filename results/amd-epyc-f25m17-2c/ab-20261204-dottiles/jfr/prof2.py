import re,collections,sys
c=collections.Counter(); tot=0
for ev in open(sys.argv[1]).read().split('jdk.ExecutionSample')[1:]:
    fr=re.findall(r'^\s+(\S.*?\))\s+line: (\d+)', ev, re.M)
    tot+=1
    tl=[f.split('(')[0].split('.')[-1] for f,l in fr if 'dev.twolayer' in f]
    c[tl[0] if tl else 'none:'+(fr[0][0].split('(')[0] if fr else '-')]+=1
print(tot)
for k,v in c.most_common(14): print(v, round(100*v/tot,1), k)
