#!/bin/bash
# THP A/B: P = ParallelGC, T = ParallelGC + UseTransparentHugePages; same jar; alternate order, 2 rounds
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=/tmp/thp/out; mkdir -p $O
run() { v=$1; tag=$2; shift 2; extra=""; [ $v = T ] && extra="-XX:+UseTransparentHugePages"
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar /tmp/bench-H.jar jmh "$@" -jvmArgsAppend "-XX:ObjectAlignmentInBytes=64 $extra" -rf json -rff $O/$v-$tag.json > $O/$v-$tag.log 2>&1; }
A="TrainStepBenchmark -p d=64,1024 -p k=4096 -p batch=1 -p impl=vector -f 2 -wi 2 -w 1 -i 3 -r 1"
run P 1 $A; run T 1 $A; run T 2 $A; run P 2 $A
echo done > $O/DONE
