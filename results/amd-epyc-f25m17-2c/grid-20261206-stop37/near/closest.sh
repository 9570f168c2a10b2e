#!/bin/bash
# The cell closest to the best library in the grid (d=1024 k=8 batch 32: 13.6 us against OpenBLAS's 14.0, single
# forks): vector and netlib (native OpenBLAS, one thread), 3 forks each, both orders.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; JAR=${JAR:-/tmp/bench-G37b.jar}; O=${O:-.}
export OPENBLAS_NUM_THREADS=1
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
C="TrainStepBenchmark -p d=1024 -p k=8 -p batch=32 -f 3 -wi 2 -w 1 -i 3 -r 1"
R closest-r1-vector $C -p impl=vector; R closest-r1-netlib $C -p impl=netlib
R closest-r2-netlib $C -p impl=netlib; R closest-r2-vector $C -p impl=vector
