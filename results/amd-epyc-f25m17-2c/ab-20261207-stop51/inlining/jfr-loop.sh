#!/bin/bash
# run.sh N CHECK BITS [flags]: AllocationTest check in N fresh JVMs, JFR alloc samples + compile/deopt events
cd /work/main
N=$1; C=$2; B=$3; shift 3
for i in $(seq 1 $N); do
  f=/tmp/rl/r$i.jfr
  java -Xss8m --add-modules jdk.incubator.vector "$@" -XX:StartFlightRecording:settings=none,+jdk.ObjectAllocationSample#enabled=true,+jdk.Compilation#enabled=true,+jdk.Compilation#threshold=0ms,+jdk.CompilationFailure#enabled=true,+jdk.Deoptimization#enabled=true,filename=$f -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) dev.twolayer.kernel.AllocationTest $C $B > /tmp/rl/out-$i.txt 2>&1
  rc=$?
  echo "run $i rc=$rc $(grep -o '[0-9]* bytes' /tmp/rl/out-$i.txt | head -1)"
  [ $rc = 0 ] && rm -f $f
done
