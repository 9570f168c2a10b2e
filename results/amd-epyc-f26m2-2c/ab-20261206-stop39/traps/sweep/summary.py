import sys,glob,statistics as st,collections
D=sys.argv[1]
rows=collections.defaultdict(lambda: collections.defaultdict(list))
for f in sorted(glob.glob(D+'/*.txt')):
    v=f.split('/')[-1].split('-')[0]
    for line in open(f):
        p=line.split()
        if len(p)==5 and p[0].isdigit():
            rows[(int(p[0]),int(p[1]),int(p[2]))][v].append((float(p[3]),float(p[4])))
print("| d k rows | default: bytes/call by JVM | other: bytes/call by JVM | ns/call default (median) | other | default/other |")
print("|---|---|---|---|---|---|")
na=collections.Counter()
for k,vs in rows.items():
    other=[v for v in vs if v!='default'][0]; d=vs['default']; r=vs[other]
    for v in ('default',other):
        na[v]+=sum(1 for b,_ in vs[v] if b>100)
    md=st.median(t for _,t in d); mr=st.median(t for _,t in r)
    print(f"| {k[0]} {k[1]} {k[2]} | {' '.join('%.0f'%b for b,_ in d)} | {' '.join('%.0f'%b for b,_ in r)} | {md:.0f} | {mr:.0f} | {md/mr:.3f} |")
print("allocating (JVM, shape) pairs:", dict(na), "of", len(rows)*len(next(iter(rows.values()))['default']), "each")
