#!/bin/bash
# The two batch >= 32 cells that read slowest against stop 34's grid (1.27x and 1.24x the time in single forks; the
# code they run did not change since): stop 34's jar and this grid's, 3 forks each, both orders.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-.}
R() { tag=$1; jar=$2; shift 2; $J --add-modules jdk.incubator.vector -XX:+UseParallelGC -Xmx4g -jar $jar jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
C="TrainStepBenchmark -p impl=vector -f 3 -wi 2 -w 1 -i 3 -r 1"
for cell in "64 8 4096" "1024 1024 32"; do set -- $cell
  R out-S34-d$1-k$2-b$3-r1 /tmp/bench-S34.jar $C -p d=$1 -p k=$2 -p batch=$3
  R out-S37-d$1-k$2-b$3-r1 /tmp/bench-G37.jar $C -p d=$1 -p k=$2 -p batch=$3
  R out-S37-d$1-k$2-b$3-r2 /tmp/bench-G37.jar $C -p d=$1 -p k=$2 -p batch=$3
  R out-S34-d$1-k$2-b$3-r2 /tmp/bench-S34.jar $C -p d=$1 -p k=$2 -p batch=$3
done
