#!/bin/bash
# audit-all.sh BITS OUT: every AllocationTest check at BITS, C2's profile-bound Vector API calls in VectorBody* roots
cd /work/main; export PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
B=$1; OUT=$2; : > $OUT
n=$( [ $B = 0 ] && echo 64 || echo 62 )
for i in $(seq 0 $((n-1))); do
  timeout 120 java -Xss8m --add-modules jdk.incubator.vector -XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=quiet -XX:CompileCommand=PrintInlining,dev.twolayer.kernel.VectorBody*::* -XX:+PrintCompilation -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) dev.twolayer.kernel.AllocationTest $i $B > /tmp/rl/aa.txt 2>&1
  rc=$?
  python3 /tmp/rl/sites.py /tmp/rl/aa.txt | awk -F'|' -v c=$i -v rc=$rc '{n=split($2,a," > "); print "check " c " rc=" rc " |" $1 "|" a[n-1] " > " a[n] "|" $3}' >> $OUT
done
