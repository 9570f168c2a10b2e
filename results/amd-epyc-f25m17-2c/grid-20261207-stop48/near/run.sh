#!/bin/bash
# The batch-1 cells near or under 10x scalar in the grid, vector and scalar in turn (order V S S V), one fork each.
# /tmp/bench-D48.jar is benchmarks.jar at this stop's kernel (its changes do not run at these d). JAR and O (the
# output folder, default this one) may be set: stop 56 ran it with JAR=/tmp/bench-G56.jar O=../grid-20261207-stop56/near.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-$(cd "$(dirname "$0")" && pwd)}
for cell in "1 8 1" "16 8 1" "64 8 1" "1 64 1" "16 64 1" "1024 4096 1"; do
  set -- $cell
  for run in vector1 scalar1 scalar2 vector2; do
    $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g \
      -jar ${JAR:-/tmp/bench-D48.jar} jmh TrainStepBenchmark -p d=$1 -p k=$2 -p batch=$3 -p impl=${run%?} -f 1 -wi 2 -w 1 -i 3 -r 1 \
      -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/d$1-k$2-b$3-$run.json > /dev/null 2>&1
  done
done
