#!/bin/bash
# The five cells whose JIT warm-up stopped at its 15 s cap in the grid, again with -prof gc at b076339 (the residual
# lanes of steps with d k >= 2^16 by a plain loop). /tmp/bench-R47.jar is benchmarks.jar at b076339.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=$(cd "$(dirname "$0")" && pwd)
for cell in "1024 1024 256" "1024 4096 256" "256 4096 4096" "1024 1024 4096" "1024 4096 4096"; do
  set -- $cell
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g \
    -jar ${JAR:-/tmp/bench-R47.jar} jmh TrainStepBenchmark -p d=$1 -p k=$2 -p batch=$3 -p impl=vector -f 1 -wi 2 -w 1 -i 2 -r 1 \
    -prof gc -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/d$1-k$2-b$3.json > $O/d$1-k$2-b$3.log 2>&1
done
