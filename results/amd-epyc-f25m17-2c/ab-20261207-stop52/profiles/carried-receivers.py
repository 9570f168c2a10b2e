import re,sys
# Marks the receivers C2 cannot type while it parses and cannot recover later: a FloatVector local carried round a
# loop (assigned in a loop opened after its declaration) used as a receiver inside that loop, where the loop's phi
# depends on the call it is the receiver of; and FloatVector parameters (non-exact when not inlined). Rewrites
# "name.m(" there into "((FloatVector) name.check(S)).m(". Prints the sites by method.
path=sys.argv[1]; src=open(path).read().split('\n')
hdr=re.compile(r'\s{4}(?:private |public |protected |static |final )*[\w<>\[\]]+ (\w+)\(')
def methods():
    i=0
    while i<len(src):
        l=src[i]
        if l.startswith('    ') and not l.startswith('     ') and hdr.match(l) and not l.strip().startswith('return'):
            j=i
            while src[j]!='    }': j+=1
            yield hdr.match(l).group(1),i,j
            i=j
        i+=1
vt='FloatVector'; total=0; per={}
for name,a,b in methods():
    decl={}; stack=[]; carried={}  # carried: name -> list of (start,end) line ranges
    params=set()
    prevloop=False  # (name, index into stack) assignments in loops not yet closed
    for n in range(a,b+1):
        code=src[n].split('//')[0]; s=code.strip()
        loopline=re.match(r'(?:for|while|do)\b',s) or prevloop
        prevloop=bool(re.match(r'(?:for|while)\b',s)) and not s.endswith(('{',';'))
        for d in re.finditer(r'\b'+vt+r'\s+((?:\w+(?:\s*=\s*[^,;]+)?\s*,\s*)*\w+(?:\s*=\s*[^;]+)?);',code):
            for part in re.split(r',\s*(?=\w+\s*(?:=|,|$))',d.group(1)):
                decl[part.split('=')[0].strip()]=len(stack)
        for m in re.finditer(r'(?<![\w.])(\w+)\s*=(?!=)',code):
            nm=m.group(1)
            if nm not in decl or re.search(r'\b'+vt+r'\b[^;]*\b'+nm+r'\s*=',code): continue
            if loopline and not s.endswith('{'): carried.setdefault(nm,[]).append((n,n))
            else:
                for k in range(decl[nm],len(stack)):
                    if stack[k][0]=='loop': stack[k][2].add(nm)
        for _ in range(code.count('}')):
            if stack:
                kind,start,names=stack.pop()
                for nm in names: carried.setdefault(nm,[]).append((start,n))
        for _ in range(code.count('{')): stack.append(('loop' if loopline else 'other',n,set()))
    cnt=0
    for n in range(a,b+1):
        code,sep,com=src[n].partition('//')
        if code.strip().startswith('*'): continue
        def hit(nm): return nm in params or any(s0<=n<=e0 for s0,e0 in carried.get(nm,[]))
        c=[0]
        def rep(m):
            if not hit(m.group(1)): return m.group(0)
            c[0]+=1; return '((FloatVector) %s.check(S)).%s('%(m.group(1),m.group(2))
        code=re.sub(r'(?<![\w.])(\w+)\.(?!check\()(\w+)\(',rep,code)
        cnt+=c[0]; src[n]=code+sep+com
    if cnt: per[name+'@%d'%(a+1)]=cnt; total+=cnt
open(path,'w').write('\n'.join(src))
print(total,'sites')
for k,c in sorted(per.items(),key=lambda x:-x[1]): print(' %-34s %3d'%(k,c))
