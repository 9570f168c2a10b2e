#!/bin/bash
# A/B of TrainStepBenchmark cells: jar A (stop 45, 63dcb24; AJAR picks another) against jar B (this stop; BJAR picks
# which build), order A B B A, one fork a run.
# usage: ab.sh OUTDIR "d k batch" ...
export PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
out=$1; shift
for cell in "$@"; do
  set -- $cell
  for run in A1 B1 B2 A2; do
    jar=/tmp/bench-$(if [ ${run:0:1} = A ]; then echo ${AJAR:-A}; else echo ${BJAR:-B}; fi)46.jar
    java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g \
      -jar $jar jmh TrainStepBenchmark -p d=$1 -p k=$2 -p batch=$3 -p impl=vector -f 1 -wi 2 -w 300ms -i 3 -r 300ms \
      -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $out/${run:0:1}-d$1-k$2-b$3-${run:1:1}.json > /dev/null 2>&1
  done
done
