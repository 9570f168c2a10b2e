import re,sys
# prints, for each profile-bound or virtual Vector API call in PrintInlining output, the root compile and the chain of
# enclosing calls (bci method) from the root level
root=None; stack=[]
for line in open(sys.argv[1]):
    m=re.match(r'^\s*\d+\s+\d+\s+([%sbn!]*\s*)?(\d)\s+(\S+::\S+)',line)
    if m:
        if m.group(2)=='4': root=m.group(3)
        continue
    mm=re.match(r'^(\s*)@ (\d+)\s+(\S+)',line)
    if not mm: continue
    ind=len(mm.group(1))
    while stack and stack[-1][0]>=ind: stack.pop()
    stack.append((ind,mm.group(2),mm.group(3).split('.')[-1]))
    if 'TypeProfile' in line or 'virtual call' in line:
        tp=re.search(r'TypeProfile \((\S+) counts\)',line)
        print(root,'|',' > '.join('@%s %s'%(b,n) for _,b,n in stack),'|',tp.group(1) if tp else 'VIRTUAL')
