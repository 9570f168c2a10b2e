# Zen 5, stop 42: dotRowBlocks' end block with a mask from bits (F42) against N42 (the m-output changes only).
# 1. One output, batch 1, the grid's cells whose forward is dotRowBlocks (d=256 and 1024, k=64, 256, 4096): order
#    N F F N, one fork a cell. 2. OutputsBenchmark at d=256 k=64 and 1024 batch 1, m = 4 and 10, F42, 3 forks.
# O=. bash run.sh
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-$(dirname $0)}
jmh() { # jar tag, output name, benchmark, extra JMH arguments
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC \
    -Xmx4g -jar /tmp/bench-$1.jar jmh $3 "${@:4}" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 \
    -rf json -rff $O/$2.json > $O/$2.log 2>&1
}
for run in N-1 F-1 F-2 N-2; do
  jmh ${run%-*}42 m1-$run TrainStepBenchmark -p d=256,1024 -p k=64,256,4096 -p batch=1 -p impl=vector
done
jmh F42 outputs-F OutputsBenchmark -p d=256 -p k=64,1024 -p batch=1 -p m=4,10 -f 3
echo done > $O/DONE
