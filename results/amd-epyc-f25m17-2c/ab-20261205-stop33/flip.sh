#!/bin/bash
# The two cells that land on either side of 10x (d=1 and d=64, k=64, batch 1): two rounds of 3 forks of 5 iterations, vector
# and scalar in turn in each round; flip/pooled.py pools both rounds.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAR=${JAR:-/tmp/bench-S33.jar}; O=${O:-/tmp/flip33}; mkdir -p $O
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
W="-f 3 -wi 2 -w 1 -i 5 -r 1"
for round in 1 2; do
  for impl in vector scalar; do
    R $impl-d1-$round TrainStepBenchmark -p d=1 -p k=64 -p batch=1 -p impl=$impl $W
    R $impl-d64-$round TrainStepBenchmark -p d=64 -p k=64 -p batch=1 -p impl=$impl $W
  done
done
echo done > $O/DONE
