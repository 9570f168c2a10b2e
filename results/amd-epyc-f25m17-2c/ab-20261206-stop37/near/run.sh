# cells under or near 10x at batch 1, stop 37 (kernel as 9515dc4, comments as 6338650): 5 forks each, scalar and vector in turn per cell
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-/tmp/near37/out}; JAR=${JAR:-/tmp/bench-S37.jar}; rm -rf $O; mkdir -p $O
for dk in "1 64" "16 64" "64 8" "1024 4096" "256 8" "16 8" "1 8"; do set -- $dk
  for impl in scalar vector; do
    $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh TrainStepBenchmark -p d=$1 -p k=$2 -p batch=1 -p impl=$impl -f 5 -wi 2 -w 1 -i 3 -r 1 -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$impl-d$1-k$2.json > $O/$impl-d$1-k$2.log 2>&1
  done
done; echo done > $O/DONE
