import re,collections,sys
def get(f,cid):
    t=open(f,errors='replace').read()
    m=re.search(r"<task compile_id='%s'[^>]*>(.*?)</task>"%cid,t,re.S); body=m.group(1)
    me={mm.group(1):mm.group(2) for mm in re.finditer(r"<method id='(\d+)' holder='\d+' name='([^']*)'",body)}
    c=collections.Counter()
    for mm in re.finditer(r"<uncommon_trap ((?:(?!/>).)*)/>",body):
        s=mm.group(1); mid=re.search(r"method='(\d+)'",s); bci=re.search(r"bci='(\d+)'",s); r=re.search(r"reason='(\w+)'",s)
        if not mid: continue
        c[(me.get(mid.group(1),mid.group(1)),bci.group(1),r.group(1))]+=1
    fl=collections.Counter()
    for mm in re.finditer(r"<call method='(\d+)'[^>]*/>\s*(<inline_fail reason='[^']*'/>)",body):
        fl[(me.get(mm.group(1)),mm.group(2))]+=1
    return c,fl,body
a,fa,ba=get(sys.argv[1],sys.argv[2]); b,fb,bb=get(sys.argv[3],sys.argv[4])
print('only in first:', a-b); print('only in second:', b-a)
print('fails only first', fa-fb); print('fails only second', fb-fa)
