#!/bin/bash
# usage: run.sh OUT ROUNDS JMH-ARGS... ; alternates /tmp/bench-A.jar and /tmp/bench-B.jar
OUT=$1; R=$2; shift 2; mkdir -p $OUT
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for r in $(seq 1 $R); do for v in A B; do
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar /tmp/bench-$v.jar jmh "$@" -rf json -rff $OUT/$v-$r.json > $OUT/$v-$r.log 2>&1
done; done
