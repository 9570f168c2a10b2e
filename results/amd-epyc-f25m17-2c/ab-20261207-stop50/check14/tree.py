import json,sys
f,cid=sys.argv[1],int(sys.argv[2])
d=json.load(open(f))['recording']['events']
c=[]
nm=lambda m: (m['type']['name'] if isinstance(m['type'],dict) else m['type']).split('/')[-1]+'.'+m['name']
for e in d:
    if e['type']=='jdk.CompilerInlining' and e['values']['compileId']==cid:
        v=e['values']
        c.append((nm(v['caller']),v['bci'],nm(v['callee']),v['succeeded'],v['message']))
for n,x in enumerate(c): print(n,*x)
