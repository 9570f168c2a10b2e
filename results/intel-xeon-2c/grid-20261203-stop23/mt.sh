#!/bin/bash
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar /tmp/bench-G.jar jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff /tmp/grid23/$tag.json > /tmp/grid23/$tag.log 2>&1; }
R mt TrainStepBenchmark -p d=256,1024 -p k=256,1024,4096 -p batch=256,4096 -p impl=vector,vector-mt -f 1 -wi 2 -w 1 -i 3 -r 1
R peak-mt 'PeakBenchmark.fma512$' -f 1 -wi 2 -w 1 -i 3 -r 1
echo done > /tmp/grid23/MTDONE
