#!/bin/bash
# The k=8 cells with d > 64 (the dot tiles, whose dW tiles a804172 changed), batch 32-4096: a804172's kernel
# (JAR=/tmp/bench-B34.jar) and OpenBLAS (netlib) in one window, 3 forks of 5 iterations (3 at batch 4096);
# medians by ../../grid-20261204-stop27/median.py.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAR=${JAR:-/tmp/bench-B34.jar}; O=${O:-.}; mkdir -p $O
export OPENBLAS_NUM_THREADS=1
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
for impl in vector netlib; do
  R $impl-small TrainStepBenchmark -p d=256,1024 -p k=8 -p batch=32,256 -p impl=$impl -f 3 -wi 2 -w 1 -i 5 -r 1
  R $impl-4096 TrainStepBenchmark -p d=256,1024 -p k=8 -p batch=4096 -p impl=$impl -f 3 -wi 2 -w 1 -i 3 -r 1
done
