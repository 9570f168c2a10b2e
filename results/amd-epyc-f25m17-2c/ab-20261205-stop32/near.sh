#!/bin/bash
# The batch-1 cells of the grid under or near 10x scalar (and d=16 k=8 batch 32), 3 forks of 5 iterations each,
# vector and scalar in one window; medians by ../grid-20261204-stop27/median.py (near/). JAR: the stop's final kernel.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAR=${JAR:-/tmp/bench-S32.jar}; O=${O:-/tmp/near32}; mkdir -p $O
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
W="-f 3 -wi 2 -w 1 -i 5 -r 1"
for impl in vector scalar; do
  R $impl-d1 TrainStepBenchmark -p d=1 -p k=8,64 -p batch=1 -p impl=$impl $W
  R $impl-d16 TrainStepBenchmark -p d=16 -p k=8,64,256,1024,4096 -p batch=1 -p impl=$impl $W
  R $impl-d64 TrainStepBenchmark -p d=64 -p k=8,64 -p batch=1 -p impl=$impl $W
  R $impl-b32 TrainStepBenchmark -p d=16 -p k=8 -p batch=32 -p impl=$impl $W
done
echo done > $O/DONE
