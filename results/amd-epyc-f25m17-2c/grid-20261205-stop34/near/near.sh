#!/bin/bash
# This grid's cells under a target in its single forks (and the closest ones), 3 forks of 5 iterations (3 for the
# large cells), the impls compared in one window; medians by ../../grid-20261204-stop27/median.py. JAR: a804172.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAR=${JAR:-/tmp/bench-S34.jar}; O=${O:-.}; mkdir -p $O
export OPENBLAS_NUM_THREADS=1
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
W="-f 3 -wi 2 -w 1 -i 5 -r 1"
for impl in vector scalar; do
  R $impl-b1 TrainStepBenchmark -p d=1 -p k=64 -p batch=1 -p impl=$impl $W
  R $impl-b16 TrainStepBenchmark -p d=16 -p k=64 -p batch=1 -p impl=$impl $W
  R $impl-b64 TrainStepBenchmark -p d=64 -p k=256 -p batch=1 -p impl=$impl $W
  R $impl-b32 TrainStepBenchmark -p d=16 -p k=8 -p batch=32 -p impl=$impl $W
done
for impl in vector vector-mt; do R $impl-large TrainStepBenchmark -p d=256 -p k=256 -p batch=256 -p impl=$impl -f 3 -wi 2 -w 1 -i 3 -r 1; R $impl-large2 TrainStepBenchmark -p d=1024 -p k=256 -p batch=4096 -p impl=$impl -f 3 -wi 2 -w 1 -i 3 -r 1; done
echo done > $O/DONE
