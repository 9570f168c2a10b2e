#!/bin/bash
# The grid's single-fork cells that read worse than at stop 30, and the two-thread large cells, re-run with 3 forks
# of 5 (3 for two threads) iterations, the impls compared in one window; medians by ../../grid-20261204-stop27/median.py.
# JAR: stop 33's kernel (b760903).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAR=${JAR:-/tmp/bench-S33.jar}; O=${O:-/tmp/rerun34}; mkdir -p $O
export OPENBLAS_NUM_THREADS=1
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
W="-f 3 -wi 2 -w 1 -i 5 -r 1"
[ -z "$ONLY4096" ] && for impl in vector scalar; do R $impl-b256 TrainStepBenchmark -p d=16 -p k=8 -p batch=256 -p impl=$impl $W; done
[ -z "$ONLY4096" ] && for impl in vector netlib; do R $impl-lib TrainStepBenchmark -p d=1024 -p k=8 -p batch=32 -p impl=$impl $W; done
[ -z "$ONLY4096" ] && for impl in vector vector-mt; do R $impl-large TrainStepBenchmark -p d=256,1024 -p k=256,1024 -p batch=256,4096 -p impl=$impl -f 3 -wi 2 -w 1 -i 3 -r 1; done
echo done > $O/DONE
# the four k=4096 large cells, afterwards (tags *-large4096)
for impl in vector vector-mt; do R $impl-large4096 TrainStepBenchmark -p d=256,1024 -p k=4096 -p batch=256,4096 -p impl=$impl -f 3 -wi 2 -w 1 -i 3 -r 1; done
