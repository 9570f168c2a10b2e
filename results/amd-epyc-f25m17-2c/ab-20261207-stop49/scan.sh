#!/bin/bash
# one jar, one fork a cell: usage JAR=.. scan.sh OUTDIR "d k batch"...
export PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
out=$1; shift; mkdir -p $out
for cell in "$@"; do
  set -- $cell
  java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g \
    -jar $JAR jmh TrainStepBenchmark -p d=$1 -p k=$2 -p batch=$3 -p impl=${IMPL:-vector} -f 1 -wi 2 -w 300ms -i 3 -r 300ms \
    -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $out/d$1-k$2-b$3.json > /dev/null 2>&1
  python3 -c "
import json;j=json.load(open('$out/d$1-k$2-b$3.json'));s=j[0]['primaryMetric']['score'];print('d=$1 k=$2 b=$3', round(1e6/s,4),'us', round(4*$1*$2*$3/(1e6/s)/1e3,1),'GFLOP/s')"
done
