#!/bin/bash
# tpw.sh DIR CHECK BITS TAG [flags]: one AllocationTest check with JFR allocation samples; prints the sampled bytes
# by top kernel frame (dev.twolayer frames nearest the allocation)
cd $1; C=$2; B=$3; T=$4; shift 4
export PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
f=/tmp/rl/tpw-$T.jfr
java -Xss8m --add-modules jdk.incubator.vector "$@" -XX:StartFlightRecording:settings=none,+jdk.ObjectAllocationSample#enabled=true,filename=$f -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) dev.twolayer.kernel.AllocationTest $C $B > /tmp/rl/tpw-$T.txt 2>&1
echo "rc=$? $(grep -o '[0-9]* bytes' /tmp/rl/tpw-$T.txt | head -1)"
jfr print --json --events jdk.ObjectAllocationSample --stack-depth 20 $f > /tmp/rl/tpw-$T.json
python3 - /tmp/rl/tpw-$T.json <<'PY'
import json,sys,collections
d=json.load(open(sys.argv[1])); c=collections.Counter()
for e in d['recording']['events']:
    v=e['values']; st=v['stackTrace']
    if not st: continue
    k='?'
    for f in st['frames']:
        n=f['method']['type']['name']
        if n.startswith('dev/twolayer/'): k=n.split('/')[-1]+'.'+f['method']['name']; break
    c[k]+=v['weight']
for k,w in c.most_common(8): print('%14d %s'%(w,k))
PY
