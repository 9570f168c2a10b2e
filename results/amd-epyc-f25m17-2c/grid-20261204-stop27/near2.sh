#!/bin/bash
# The large cells under 1.8x on two threads in this grid's single forks, plus d=1024 k=1024 batch 4096 (1.79x in
# near.sh), one thread and two, 3 forks of 5 iterations each; medians by median.py (near2/).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAR=${JAR:-/tmp/bench-H.jar}; O=${O:-/tmp/near27b}; mkdir -p $O
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
W="-f 3 -wi 2 -w 1 -i 5 -r 1"
for impl in vector vector-mt; do
  R $impl-a TrainStepBenchmark -p d=256 -p k=256 -p batch=4096 -p impl=$impl $W
  R $impl-b TrainStepBenchmark -p d=1024 -p k=1024 -p batch=256,4096 -p impl=$impl $W
  R $impl-c TrainStepBenchmark -p d=1024 -p k=4096 -p batch=4096 -p impl=$impl $W
done
echo done > $O/DONE
