#!/bin/bash
# the grid at 1baa5a8 (stop 25): peak, vector everywhere, scalar at batch 1 and 32 for d <= 64 (where the
# ratio is near 10x), peak. One fork per cell, ParallelGC and -XX:ObjectAlignmentInBytes=64, as benchmarks/run starts
# them; /tmp/bench-G.jar is benchmarks/target/benchmarks.jar built at 1baa5a8.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar /tmp/bench-G.jar jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff /tmp/grid25/$tag.json > /tmp/grid25/$tag.log 2>&1; }
R peak-before 'PeakBenchmark.fma512$' -f 1 -wi 2 -w 1 -i 3 -r 1
R vector TrainStepBenchmark -p d=1,16,64,256,1024 -p k=8,64,256,1024,4096 -p batch=1,32,256,4096 -p impl=vector -f 1 -wi 2 -w 1 -i 2 -r 1 -prof gc
R scalar-small TrainStepBenchmark -p d=1,16,64 -p k=8,64,256,1024,4096 -p batch=1,32 -p impl=scalar -f 1 -wi 2 -w 1 -i 2 -r 1
R peak-after 'PeakBenchmark.fma512$' -f 1 -wi 2 -w 1 -i 3 -r 1
echo done > /tmp/grid25/DONE
