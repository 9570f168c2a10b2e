#!/bin/bash
# the grid at cb548cb (stop 24): peak, vector everywhere, scalar where the ratio is near 10x (batch 1 and 32,
# and k=8), peak, then the 12 large cells on one and two threads, peak
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar /tmp/bench-G.jar jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff /tmp/grid24/$tag.json > /tmp/grid24/$tag.log 2>&1; }
R peak-before 'PeakBenchmark.fma512$' -f 1 -wi 2 -w 1 -i 3 -r 1
R vector TrainStepBenchmark -p d=1,16,64,256,1024 -p k=8,64,256,1024,4096 -p batch=1,32,256,4096 -p impl=vector -f 1 -wi 2 -w 1 -i 2 -r 1 -prof gc
R scalar-small TrainStepBenchmark -p d=1,16,64,256,1024 -p k=8,64,256,1024,4096 -p batch=1,32 -p impl=scalar -f 1 -wi 2 -w 1 -i 2 -r 1
R scalar-k8 TrainStepBenchmark -p d=1,16,64,256,1024 -p k=8 -p batch=256,4096 -p impl=scalar -f 1 -wi 2 -w 1 -i 2 -r 1
R peak-after 'PeakBenchmark.fma512$' -f 1 -wi 2 -w 1 -i 3 -r 1
R mt TrainStepBenchmark -p d=256,1024 -p k=256,1024,4096 -p batch=256,4096 -p impl=vector,vector-mt -f 1 -wi 2 -w 1 -i 3 -r 1
R peak-mt 'PeakBenchmark.fma512$' -f 1 -wi 2 -w 1 -i 3 -r 1
echo done > /tmp/grid24/DONE
