import collections,sys,glob
f=glob.glob('/tmp/apout/*/collapsed-itimer.csv')[0]
tot=0; incl=collections.Counter(); self_=collections.Counter()
for line in open(f):
    stack,n=line.rstrip().rsplit(' ',1); n=int(n); tot+=n
    frames=stack.split(';')
    seen=set()
    for fr in frames:
        if ('twolayer' in fr) and fr not in seen:
            seen.add(fr); incl[fr]+=n
    tl=[fr for fr in frames if 'twolayer' in fr]
    self_[tl[-1] if tl else '<other> '+frames[-1]]+=n
print('total',tot)
print('--- inclusive')
for fr,n in incl.most_common(int(sys.argv[1]) if len(sys.argv)>1 else 25): print(f"{100*n/tot:6.1f}% {fr}")
print('--- deepest twolayer frame')
for fr,n in self_.most_common(25): print(f"{100*n/tot:6.1f}% {fr}")
