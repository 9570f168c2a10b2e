# cells near or under 10x at batch 1 with 4ce51ba's kernel (F1): 3 forks each, scalar and vector in turn per cell
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=/tmp/near36; rm -rf $O; mkdir -p $O
for dk in "1 64" "16 64" "64 8" "1024 4096" "256 8" "16 8"; do set -- $dk
  for impl in scalar vector; do
    $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar /tmp/bench-F1.jar jmh TrainStepBenchmark -p d=$1 -p k=$2 -p batch=1 -p impl=$impl -f 3 -wi 2 -w 1 -i 3 -r 1 -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$impl-d$1-k$2.json > $O/$impl-d$1-k$2.log 2>&1
  done
done; echo done > $O/DONE
