#!/bin/bash
# Batch-1 cells under 10x scalar (env CELLS), vector and scalar in turn (order V S S V), one fork each.
# JAR: /tmp/bench-C50.jar (dcee9d5).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=$(cd "$(dirname "$0")" && pwd)
for cell in ${CELLS:-"1 64 1" "16 64 1"}; do
  set -- $cell
  for run in vector1 scalar1 scalar2 vector2; do
    $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g \
      -jar ${JAR:-/tmp/bench-C50.jar} jmh TrainStepBenchmark -p d=$1 -p k=$2 -p batch=$3 -p impl=${run%?} -f 1 -wi 2 -w 1 -i 3 -r 1 \
      -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/d$1-k$2-b$3-$run.json > /dev/null 2>&1
  done
done
