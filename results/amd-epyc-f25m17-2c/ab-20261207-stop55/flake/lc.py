import re,sys,glob,collections
# per JVM: for each level-4 task of METHOD: the set of inline_fail reasons (with method), intrinsic failures, traps
M=sys.argv[1]; files=sys.argv[2:]
for f in files:
    bad='still allocates' in open(f.replace('.xml','.out')).read()
    t=open(f,errors='replace').read()
    for m in re.finditer(r"<task compile_id='(\d+)'( compile_kind='osr')? method='([^']*)'((?:(?!level=)[^>])*)>(.*?)</task>", t, re.S):
        if M not in m.group(3): continue
        body=m.group(5)
        fails=collections.Counter()
        # map method ids to names
        meth={mm.group(1):mm.group(2) for mm in re.finditer(r"<method id='(\d+)' holder='\d+' name='([^']*)'",body)}
        klass={}
        for mm in re.finditer(r"<call method='(\d+)'[^>]*/>\s*(?:<[^>]*/>\s*)*?<inline_fail reason='([^']*)'",body):
            fails[meth.get(mm.group(1),'?')+': '+mm.group(2)]+=1
        traps=collections.Counter(mm.group(1) for mm in re.finditer(r"<uncommon_trap [^>]*reason='([^']*)'",body))
        intr=collections.Counter(mm.group(0)[:80] for mm in re.finditer(r"<intrinsic [^>]*>",body))
        fail_txt='; '.join('%s x%d'%(k,v) for k,v in sorted(fails.items()) if 'too large' not in k)
        print(f.split('/')[-1], 'FAIL' if bad else 'ok  ', m.group(1), 'OSR' if m.group(2) else '   ', 'nodes', re.findall(r"<task_done success='(\d)' nmsize='(\d+)'", body), 'traps', dict(traps))
        print('    ', fail_txt[:600])
