#!/bin/bash
# run.sh N [extra JVM flags]: AllocationTest check 14 at 256 bits in N fresh JVMs (classpath file /tmp/cp.txt from
# mvn dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test); rc and time per JVM
cd /work/main
N=$1; shift
for i in $(seq 1 $N); do
  s=$(date +%s.%N)
  java -Xss8m --add-modules jdk.incubator.vector "$@" -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) dev.twolayer.kernel.AllocationTest 14 256 > ${OUT:-/tmp}/out-$i.txt 2>&1
  rc=$?
  e=$(date +%s.%N)
  echo "run $i rc=$rc $(echo "$e - $s" | bc) s $(grep -o '[0-9]* bytes' ${OUT:-/tmp}/out-$i.txt | head -1)"
done
