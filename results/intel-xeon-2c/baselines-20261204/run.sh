#!/bin/bash
# the library baselines on the grid at 88ef023, netlib on native OpenBLAS 0.3.21 (Debian libopenblas0-pthread,
# JNIBLAS, OPENBLAS_NUM_THREADS=1): vector and netlib at all 100 cells, EJML and ojAlgo at batch 1 and 32, peak
# before and after. One fork per cell, ParallelGC and -XX:ObjectAlignmentInBytes=64, as benchmarks/run starts them.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
export OPENBLAS_NUM_THREADS=1
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar /tmp/bench-B.jar jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff /tmp/base/$tag.json > /tmp/base/$tag.log 2>&1; }
G="-p d=1,16,64,256,1024 -p k=8,64,256,1024,4096"
R peak-before 'PeakBenchmark.fma512$' -f 1 -wi 2 -w 1 -i 3 -r 1
R vector TrainStepBenchmark $G -p batch=1,32,256,4096 -p impl=vector -f 1 -wi 2 -w 1 -i 2 -r 1
R netlib TrainStepBenchmark $G -p batch=1,32,256,4096 -p impl=netlib -f 1 -wi 2 -w 1 -i 2 -r 1
R ejml-ojalgo TrainStepBenchmark $G -p batch=1,32 -p impl=ejml,ojalgo -f 1 -wi 2 -w 1 -i 2 -r 1
R peak-after 'PeakBenchmark.fma512$' -f 1 -wi 2 -w 1 -i 3 -r 1
echo done > /tmp/base/DONE
