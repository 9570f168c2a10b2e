#!/bin/bash
# d=1024 k=256 batch 4096 on one and two threads once more (3 forks each, alternating order), after near.sh read 1.73x.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAR=${JAR:-/tmp/bench-S34.jar}; O=${O:-.}
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
for impl in vector-mt vector; do R again-$impl TrainStepBenchmark -p d=1024 -p k=256 -p batch=4096 -p impl=$impl -f 3 -wi 2 -w 1 -i 3 -r 1; done
