#!/bin/bash
# Stop 45's A/B: A = 0cd6b0c (stop 44, /tmp/bench-H.jar), B = this stop's kernel (/tmp/bench-N.jar); order A B B A,
# one fork a cell, JMH TrainStepBenchmark with the grid's JVM flags. Output: one JSON per jar and cell group.
out=$(dirname "$0")
J="--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g"
O="-f 1 -wi 2 -w 300ms -i 3 -r 300ms -jvmArgsAppend -XX:ObjectAlignmentInBytes=64"
n=0
for j in H N N H; do
  for cell in "-p d=1 -p k=8,64,1024 -p batch=32,64,256,4096" "-p d=16 -p k=8,64 -p batch=64,256,4096" \
              "-p d=10 -p k=10 -p batch=64,200" "-p d=3,6,12 -p k=1024 -p batch=1,8" \
              "-p d=64,256 -p k=64,256 -p batch=256" "-p d=2 -p k=64,1024 -p batch=32,128"; do
    n=$((n + 1))
    java $J -jar /tmp/bench-$j.jar jmh TrainStepBenchmark $cell -p impl=vector $O -rf json -rff "$out/$j-$n.json" > /dev/null 2>&1
  done
done
