# Zen 5, stop 42: calls of a few rows with d under a vector (512 bits: d < 16), one output, which now take dW^T
# instead of the direct tiles. TrainStepBenchmark at d=8, k=64 and 1024, batch 1 and 4: jar A42 against N42 in the
# order A N N A, one fork a cell; ScalarKernel once. O=. bash run.sh
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-$(dirname $0)}
jmh() { # jar tag, output name, extra JMH arguments
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC \
    -Xmx4g -jar /tmp/bench-$1.jar jmh TrainStepBenchmark -p d=8 -p k=64,1024 -p batch=1,4 "${@:3}" \
    -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$2.json > $O/$2.log 2>&1
}
jmh A42 A-1 -p impl=vector
jmh N42 N-1 -p impl=vector
jmh N42 N-2 -p impl=vector
jmh A42 A-2 -p impl=vector
jmh N42 scalar -p impl=scalar
echo done > $O/DONE
