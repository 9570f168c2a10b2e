#!/bin/bash
# A/B of TrainStepBenchmark cells: /tmp/bench-$A.jar against /tmp/bench-$B.jar (A, B default H51, A51), order A B B A,
# one fork a run (2 warm-up and 3 measured iterations of 300 ms after the harness's JIT warm-up).
# usage: [A=..] [B=..] [IMPL=vector] ab.sh OUTDIR "d k batch" ...
export PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
out=$1; shift; mkdir -p $out
for cell in "$@"; do
  set -- $cell
  for run in A1 B1 B2 A2; do
    jar=/tmp/bench-$(if [ ${run:0:1} = A ]; then echo ${A:-H51}; else echo ${B:-A51}; fi).jar
    java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g \
      -jar $jar jmh TrainStepBenchmark -p d=$1 -p k=$2 -p batch=$3 -p impl=${IMPL:-vector} -f 1 -wi 2 -w 300ms -i 3 -r 300ms \
      -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $out/${run:0:1}-d$1-k$2-b$3-${run:1:1}.json > /dev/null 2>&1
  done
done
