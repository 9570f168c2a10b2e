# Zen 5, stop 42: output1 (one output, the GEMM form's y) summing its blocks through blockSums (M42) against the
# same operations written out in output1 (F42): TrainStepBenchmark, one fork a cell, order F M M F. O=. bash run.sh
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-$(dirname $0)}
for run in F-1 M-1 M-2 F-2; do
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC \
    -Xmx4g -jar /tmp/bench-${run%-*}42.jar jmh TrainStepBenchmark -p d=16,256 -p k=64,256 -p batch=32,256 \
    -p impl=vector -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$run.json > $O/$run.log 2>&1
done
echo done > $O/DONE
