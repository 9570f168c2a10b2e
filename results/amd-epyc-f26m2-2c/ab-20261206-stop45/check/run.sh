#!/bin/bash
# final/'s cells under 0.97x again, whose code this stop leaves as it was (under 64 rows, or the segment form): A B B A,
# 3 forks a cell each time (A = /tmp/bench-H.jar at 0cd6b0c, B = /tmp/bench-N.jar).
out=$(dirname "$0")
J="--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g"
O="-f 3 -wi 2 -w 300ms -i 3 -r 300ms -jvmArgsAppend -XX:ObjectAlignmentInBytes=64"
n=0
for j in H N N H; do
  for cell in "-p d=1 -p k=8 -p batch=32" "-p d=6,12 -p k=1024 -p batch=1" "-p d=1 -p k=1024 -p batch=256"; do
    n=$((n + 1))
    java $J -jar /tmp/bench-$j.jar jmh TrainStepBenchmark $cell -p impl=vector $O -rf json -rff "$out/$j-$n.json" > /dev/null 2>&1
  done
done
