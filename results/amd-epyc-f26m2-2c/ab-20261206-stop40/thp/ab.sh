#!/bin/bash
# Zen 5, stop 40: transparent huge pages for the heap (-XX:+UseTransparentHugePages; the kernel's THP mode is madvise,
# so without the flag the heap gets none) against the default, JMH TrainStep at batch 1, both orders, 2 rounds.
# AnonHugePages is sampled from /proc/meminfo while each run goes.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; JAR=${JAR:-/tmp/bench-S40.jar}; O=${O:-$(dirname $0)}; mkdir -p $O
run() { v=$1; tag=$2; shift 2; extra=""; [ $v = T ] && extra="-XX:+UseTransparentHugePages"
  ( sleep 12; grep AnonHugePages /proc/meminfo > $O/$v-$tag.meminfo ) &
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g \
    -jar $JAR jmh "$@" -jvmArgsAppend "-XX:ObjectAlignmentInBytes=64 $extra" -rf json -rff $O/$v-$tag.json > $O/$v-$tag.log 2>&1; }
A="TrainStepBenchmark -p d=${D:-256,1024} -p k=4096 -p batch=1 -p impl=vector -f 2 -wi 2 -w 1 -i 3 -r 1"
run P 1 $A; run T 1 $A; run T 2 $A; run P 2 $A
echo done > $O/DONE
