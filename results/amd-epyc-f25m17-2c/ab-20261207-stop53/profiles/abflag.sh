#!/bin/bash
# abflag.sh JAR "FLAGS_B" cell...: A = no flag, B = flags; order A B B A; prints us per run
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; jar=$1; fb=$2; shift 2
for cell in "$@"; do
  ps=""; for kv in $cell; do ps="$ps -p $kv"; done
  line="$cell:"
  for run in A B B A; do
    extra=""; [ $run = B ] && extra="$fb"
    r=$($J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $jar jmh ${BENCH:-TrainStepBenchmark} $ps -p impl=${IMPL:-vector} -f 1 -wi 2 -w 300ms -i 3 -r 300ms -jvmArgsAppend "-XX:ObjectAlignmentInBytes=64 $extra" -tu us -bm avgt 2>&1 | grep -E "^[A-Za-z]+Benchmark\." | grep -v ":" | awk '{print $(NF-3)}')
    line="$line $run=$r"
  done
  echo "$line"
done
