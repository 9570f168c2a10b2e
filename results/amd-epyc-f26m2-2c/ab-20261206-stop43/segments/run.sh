# Zen 5, stop 43: the segment form (d = 2, 4, 8 at a few rows). A = stop 42's kernel (b1ad4a8, /tmp/bench-H.jar),
# S = the segment form (/tmp/bench-S2.jar); order A S S A, one fork each; then ScalarKernel once.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-$(dirname $0)}
run() { # jar tag impl
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $1 jmh TrainStepBenchmark -p d=2,4,8 -p k=8,64,1024 -p batch=1,3,8,16 -p impl=$3 -f 1 -wi 2 -w 1 -i 3 -r 1 -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$2.json > $O/$2.log 2>&1
}
run /tmp/bench-H.jar A-1 vector; run /tmp/bench-S2.jar S-1 vector; run /tmp/bench-S2.jar S-2 vector; run /tmp/bench-H.jar A-2 vector
run /tmp/bench-S2.jar scalar scalar
echo done > $O/DONE
