# Zen 5, stop 38: row shards instead of split phases for calls of several chunks whose chunks hold 2^24 multiply-adds
# (d=256 k=256: chunks of 256 rows). /tmp/bench-X2.jar: stop 37's kernel plus twolayer.parallel.shardMultiX (chunk
# work under which a call longer than one chunk is sharded; 0 = as before). vector-mt on 2 threads and on 1
# (-XX:ActiveProcessorCount=1: the trainer's one-thread path for long batches, which goes through ParallelKernel).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-/tmp/shards38}; JAR=${JAR:-/tmp/bench-X2.jar}; mkdir -p $O
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
W="-f 2 -wi 2 -w 1 -i 3 -r 1"
for round in 1 2; do
for multi in 0 33554432; do
  R mt2-m$multi-$round TrainStepBenchmark -p d=256 -p k=256 -p batch=256,4096 -p impl=vector-mt $W -jvmArgsAppend "-XX:ObjectAlignmentInBytes=64 -Dtwolayer.parallel.shardMultiX=$multi"
  R mt1-m$multi-$round TrainStepBenchmark -p d=256 -p k=256 -p batch=4096 -p impl=vector-mt $W -jvmArgsAppend "-XX:ObjectAlignmentInBytes=64 -XX:ActiveProcessorCount=1 -Dtwolayer.parallel.shardMultiX=$multi"
done; done
echo done > $O/DONE
