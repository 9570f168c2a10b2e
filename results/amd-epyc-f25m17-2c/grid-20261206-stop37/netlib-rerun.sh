#!/bin/bash
# The grid's netlib line again, with native OpenBLAS installed (libopenblas0-pthread 0.3.21): the first run found no
# native BLAS on the machine and took netlib's Java fallback (netlib-fallback/). Jar G37b: G37 plus the log line that
# names netlib's BLAS in every fork (Fixture). Otherwise as run.sh.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAR=${JAR:-/tmp/bench-G37b.jar}; O=${O:-.}
export OPENBLAS_NUM_THREADS=1
$J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh TrainStepBenchmark -p d=1,16,64,256,1024 -p k=8,64,256,1024,4096 -p batch=1,32,256,4096 -p impl=netlib -f 1 -wi 2 -w 1 -i 2 -r 1 -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/netlib.json > $O/netlib.log 2>&1
