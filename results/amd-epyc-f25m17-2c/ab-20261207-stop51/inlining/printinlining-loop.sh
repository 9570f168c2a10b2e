#!/bin/bash
# run2.sh N CHECK BITS [flags]: PrintInlining+PrintIntrinsics for residualLanes, keep failing outputs
cd /work/main
N=$1; C=$2; B=$3; shift 3
M=dev.twolayer.kernel.VectorBody512::residualLanes
for i in $(seq 1 $N); do
  java -Xss8m --add-modules jdk.incubator.vector "$@" -XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=quiet -XX:CompileCommand=PrintInlining,$M -XX:CompileCommand=PrintIntrinsics,$M -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) dev.twolayer.kernel.AllocationTest $C $B > /tmp/rl/pi-$i.txt 2>&1
  rc=$?
  echo "run $i rc=$rc $(grep -o '[0-9]* bytes' /tmp/rl/pi-$i.txt | head -1)"
  [ $rc = 0 ] && [ $i -gt 3 ] && rm -f /tmp/rl/pi-$i.txt
done
