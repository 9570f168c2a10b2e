#!/bin/bash
# Batch-1 cells this stop sped up, vector and scalar in turn (order V S S V), one fork each.
# JAR: /tmp/bench-Z49.jar (02c828a).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=$(cd "$(dirname "$0")" && pwd)
for cell in "8 8 1" "12 12 1" "15 16 1" "20 64 1" "40 64 1" "100 64 1"; do
  set -- $cell
  for run in vector1 scalar1 scalar2 vector2; do
    $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g \
      -jar ${JAR:-/tmp/bench-Z49.jar} jmh TrainStepBenchmark -p d=$1 -p k=$2 -p batch=$3 -p impl=${run%?} -f 1 -wi 2 -w 1 -i 3 -r 1 \
      -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/d$1-k$2-b$3-$run.json > /dev/null 2>&1
  done
done
