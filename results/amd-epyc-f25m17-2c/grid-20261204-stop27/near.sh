#!/bin/bash
# The cells near a target again, with 3 forks of 5 one-second iterations each (the grid takes one fork of 2): vector
# and scalar at batch 1 (d = 1, 16, 64; k = 8 .. 1024) and d=16 k=8 batch 32; one and two threads at the two large
# cells under 1.8x in stop 26's grid. median.py takes the median over every iteration of every fork.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAR=${JAR:-/tmp/bench-H.jar}; O=${O:-/tmp/near27}; mkdir -p $O
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
W="-f 3 -wi 2 -w 1 -i 5 -r 1"
for impl in vector scalar; do
  R $impl-b1 TrainStepBenchmark -p d=1,16,64 -p k=8,64,256,1024 -p batch=1 -p impl=$impl $W
  R $impl-b32 TrainStepBenchmark -p d=16 -p k=8 -p batch=32 -p impl=$impl $W
done
for impl in vector vector-mt; do
  R $impl-large1 TrainStepBenchmark -p d=256 -p k=4096 -p batch=256 -p impl=$impl $W
  R $impl-large2 TrainStepBenchmark -p d=1024 -p k=1024 -p batch=4096 -p impl=$impl $W
done
echo done > $O/DONE
