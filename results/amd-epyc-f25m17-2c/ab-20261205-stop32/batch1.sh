#!/bin/bash
# The grid's batch-1 row (d 1..1024 x k 8..4096), whose k=8 cells at d=16 and 64 this stop's change touches, vector and scalar in one
# window, one fork of 5 iterations each; ratios by ../grid-20261204-stop27/median.py (batch1/).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAR=${JAR:-/tmp/bench-S32.jar}; O=${O:-/tmp/batch1-32}; mkdir -p $O
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
for impl in vector scalar; do
  R $impl TrainStepBenchmark -p d=1,16,64,256,1024 -p k=8,64,256,1024,4096 -p batch=1 -p impl=$impl -f 1 -wi 2 -w 1 -i 5 -r 1
done
echo done > $O/DONE
