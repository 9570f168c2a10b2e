#!/bin/bash
# The small-shape target cell, whose grid fork read 3.07 µs (target <= 3), 3 forks of 5 iterations (near2/).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
JAR=${JAR:-/tmp/bench-A.jar}; O=${O:-/tmp/near29b}; mkdir -p $O
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
R vector-small TrainStepBenchmark -p d=16 -p k=64 -p batch=32 -p impl=vector -f 3 -wi 2 -w 1 -i 5 -r 1
echo done > $O/DONE
