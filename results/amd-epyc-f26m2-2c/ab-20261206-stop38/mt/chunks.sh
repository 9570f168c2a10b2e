# Zen 5, stop 38: chunk rows against the two-thread speed-up at batch 4096. /tmp/bench-X1.jar is stop 37's kernel
# plus a system property twolayer.vector.chunkRowsX that forces VectorWorkspace.defaultChunkRows (experiment only).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-/tmp/chunks38}; JAR=${JAR:-/tmp/bench-X1.jar}; mkdir -p $O
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
W="-f 2 -wi 2 -w 1 -i 3 -r 1"
for rows in 0 128 256 512; do
  for impl in vector vector-mt; do
    R $impl-d1024-r$rows TrainStepBenchmark -p d=1024 -p k=1024 -p batch=4096 -p impl=$impl $W -jvmArgsAppend "-XX:ObjectAlignmentInBytes=64 -Dtwolayer.vector.chunkRowsX=$rows"
  done
done
for rows in 0 128 512 1024; do
  for impl in vector vector-mt; do
    R $impl-d256-r$rows TrainStepBenchmark -p d=256 -p k=256,1024 -p batch=4096 -p impl=$impl $W -jvmArgsAppend "-XX:ObjectAlignmentInBytes=64 -Dtwolayer.vector.chunkRowsX=$rows"
  done
done
echo done > $O/DONE
