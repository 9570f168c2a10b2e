#!/bin/bash
# run3.sh N: as run.sh with JFR recording C2 compilations and inlining decisions (r-N.jfr; tree.py lists one
# compile id's inlining events)
cd /work/main
N=$1; shift
for i in $(seq 1 $N); do
  java -Xss8m --add-modules jdk.incubator.vector -XX:StartFlightRecording:jdk.CompilerInlining#enabled=true,jdk.Compilation#enabled=true,jdk.Compilation#threshold=0ms,jdk.Deoptimization#enabled=true,filename=${OUT:-/tmp}/r-$i.jfr "$@" -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) dev.twolayer.kernel.AllocationTest 14 256 > ${OUT:-/tmp}/out-$i.txt 2>&1
  echo "run $i rc=$? $(grep -o '[0-9]* bytes' ${OUT:-/tmp}/out-$i.txt | head -1)"
done
