#!/bin/bash
# d=256 k=256 batch 256 on one and two threads once more (3 forks each, both orders), after the grid's single forks
# read 1.79x.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAR=${JAR:-/tmp/bench-G37.jar}; O=${O:-.}
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
for impl in vector-mt vector; do R again1-$impl TrainStepBenchmark -p d=256 -p k=256 -p batch=256 -p impl=$impl -f 3 -wi 2 -w 1 -i 3 -r 1; done
for impl in vector vector-mt; do R again2-$impl TrainStepBenchmark -p d=256 -p k=256 -p batch=256 -p impl=$impl -f 3 -wi 2 -w 1 -i 3 -r 1; done
