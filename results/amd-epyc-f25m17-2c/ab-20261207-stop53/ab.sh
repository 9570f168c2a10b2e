#!/bin/bash
# A/B of benchmark cells: /tmp/bench-$A.jar against /tmp/bench-$B.jar, order A B B A, one fork a run (2 warm-up and
# 3 measured iterations of 300 ms after the harness's JIT warm-up), objects on 64-byte lines as benchmarks/run.
# usage: A=.. B=.. [BENCH=TrainStepBenchmark] [IMPL=vector] ab.sh OUTDIR "name=value ..." ...
export PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
out=$1; shift; mkdir -p $out
for cell in "$@"; do
  ps=""; tag=""
  for kv in $cell; do ps="$ps -p $kv"; tag="$tag-${kv/=/}"; done
  for run in A1 B1 B2 A2; do
    jar=/tmp/bench-$(if [ ${run:0:1} = A ]; then echo $A; else echo $B; fi).jar
    java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g \
      -jar $jar jmh ${BENCH:-TrainStepBenchmark} $ps -p impl=${IMPL:-vector} -f 1 -wi 2 -w 300ms -i 3 -r 300ms \
      -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $out/${run:0:1}${tag}-${run:1:1}.json > /dev/null 2>&1
  done
done
