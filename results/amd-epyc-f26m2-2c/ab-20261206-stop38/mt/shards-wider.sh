# Zen 5, stop 38: the same switch (bench-X2.jar) for two shapes with larger chunks (chunk work 2^26 and 2^28), two
# threads: would every call of several chunks be better in row shards?
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-/tmp/shardsw38}; JAR=${JAR:-/tmp/bench-X2.jar}; mkdir -p $O
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
W="-f 2 -wi 2 -w 1 -i 3 -r 1"
for multi in 0 536870912; do
  R mt2-m$multi-1 TrainStepBenchmark -p d=256,1024 -p k=256,1024 -p batch=4096 -p impl=vector-mt $W -jvmArgsAppend "-XX:ObjectAlignmentInBytes=64 -Dtwolayer.parallel.shardMultiX=$multi"
done
echo done > $O/DONE
