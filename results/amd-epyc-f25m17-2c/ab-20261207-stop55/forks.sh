#!/bin/bash
# Interleaved fork runs: ROUNDS rounds, each running every jar in JARS (/tmp/bench-X.jar) on every cell, 2 forks a run
# (2 warm-up and 3 measured iterations of 300 ms), objects on 64-byte lines as benchmarks/run. Files JAR-CELL-RANDOM.json
# for ../ab-20261207-stop52/forks/medians.py. usage: JARS="A B" [ROUNDS=3] [IMPL=vector] forks.sh OUTDIR "d=.. k=.. batch=.." ...
export PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
out=$1; shift; mkdir -p $out
for round in $(seq 1 ${ROUNDS:-3}); do
  for cell in "$@"; do
    ps=""; tag=""
    for kv in $cell; do ps="$ps -p $kv"; tag="$tag-${kv/=/}"; done
    tag=${tag/batch/b}
    for j in $JARS; do
      java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g \
        -jar /tmp/bench-$j.jar jmh ${BENCH:-TrainStepBenchmark} $ps -p impl=${IMPL:-vector} -f 2 -wi 2 -w 300ms -i 3 -r 300ms \
        -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $out/$j$tag-$RANDOM.json > /dev/null 2>&1
    done
  done
done
