#!/bin/bash
# Two threads against one on this VM, after the grid: fma512 on 1 and 2 threads (8 iterations each), then vector and
# vector-mt in turn (order 1 2 2 1, 5 iterations each) at two of the large cells. /tmp/bench-R47.jar: b076339.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=$(cd "$(dirname "$0")" && pwd)
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar ${JAR:-/tmp/bench-R47.jar} jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
for t in 1 2; do R peak-t$t 'PeakBenchmark.fma512$' -f 1 -wi 1 -w 1 -i 8 -r 1 -t $t; done
for cell in "256 256 256" "256 1024 4096"; do
  set -- $cell
  for run in vector1 vector-mt1 vector-mt2 vector2; do
    R d$1-k$2-b$3-$run TrainStepBenchmark -p d=$1 -p k=$2 -p batch=$3 -p impl=${run%?} -f 1 -wi 2 -w 1 -i 5 -r 1
  done
done
