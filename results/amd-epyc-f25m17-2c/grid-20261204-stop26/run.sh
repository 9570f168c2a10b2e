#!/bin/bash
# The grid on the Zen 4 EPYC (family 25 model 17, 2 cores) at e0e031f (stop 26): peak, vector everywhere, two
# threads at the 12 large cells, the library baselines (netlib on native OpenBLAS 0.3.21 at every cell; EJML and
# ojAlgo at batch 1 and 32, where they were ever the best), scalar at batch 1/32/256 (batch 4096 for d <= 64), peak.
# One fork per cell, ParallelGC and -XX:ObjectAlignmentInBytes=64, as benchmarks/run starts them; /tmp/bench-G.jar is
# benchmarks/target/benchmarks.jar built at e0e031f.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
# stop 27's grid ran this script with JAR=/tmp/bench-H.jar O=/tmp/grid27
JAR=${JAR:-/tmp/bench-G.jar}; O=${O:-/tmp/grid26}; mkdir -p $O
export OPENBLAS_NUM_THREADS=1
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
G="-p d=1,16,64,256,1024 -p k=8,64,256,1024,4096"
W="-f 1 -wi 2 -w 1 -i 2 -r 1"
R peak-before 'PeakBenchmark.fma512$' -f 1 -wi 2 -w 1 -i 3 -r 1
R vector TrainStepBenchmark $G -p batch=1,32,256,4096 -p impl=vector $W -prof gc
R mt TrainStepBenchmark -p d=256,1024 -p k=256,1024,4096 -p batch=256,4096 -p impl=vector-mt $W
R netlib TrainStepBenchmark $G -p batch=1,32,256,4096 -p impl=netlib $W
R lib-small TrainStepBenchmark $G -p batch=1,32 -p impl=ejml,ojalgo $W
R scalar TrainStepBenchmark $G -p batch=1,32,256 -p impl=scalar $W
R scalar-4096 TrainStepBenchmark -p d=1,16,64 -p k=8,64,256,1024,4096 -p batch=4096 -p impl=scalar $W
R peak-after 'PeakBenchmark.fma512$' -f 1 -wi 2 -w 1 -i 3 -r 1
echo done > $O/DONE
