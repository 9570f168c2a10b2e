# Zen 5, stop 41: the batch-1 cells under 10x scalar at stop 38, at b43b965 (stop 40's kernel), ScalarKernel and
# VectorKernel 5 forks each, one after the other (stop 40's near/run.sh). JAR=/tmp/bench-A41.jar.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-$(dirname $0)}; JAR=${JAR:-/tmp/bench-B.jar}
for dk in "${CELLS:-1024 4096}"; do set -- $dk
  for impl in scalar vector; do
    $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh TrainStepBenchmark -p d=$1 -p k=$2 -p batch=1 -p impl=$impl -f 5 -wi 2 -w 1 -i 3 -r 1 -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$impl-d$1-k$2.json > $O/$impl-d$1-k$2.log 2>&1
  done
done; echo done > $O/DONE
