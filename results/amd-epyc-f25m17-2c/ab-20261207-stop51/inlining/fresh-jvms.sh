#!/bin/bash
# t3.sh DIR N CHECK BITS [flags]: AllocationTest check in N fresh JVMs from DIR's classes
cd $1; N=$2; C=$3; B=$4; shift 4
export PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
f=0
for i in $(seq 1 $N); do
  java -Xss8m --add-modules jdk.incubator.vector "$@" -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) dev.twolayer.kernel.AllocationTest $C $B > /tmp/rl/t3-$i.txt 2>&1
  rc=$?; [ $rc != 0 ] && f=$((f+1))
  echo "run $i rc=$rc $(grep -o '[0-9]* bytes' /tmp/rl/t3-$i.txt | head -1)"
done
echo "failed $f of $N"
