# Zen 5, stop 43, the final kernel: A = stop 42's (b1ad4a8, /tmp/bench-H.jar), T = 484941a (/tmp/bench-T43.jar: the
# segment form for d = 2 .. 8, padded where d is not a power of two; the dot form's dW for 2-4 rows written out).
# Order A T T A, one fork each; then ScalarKernel once. Cells: the segment form's shapes at batch 1, 3, 8, 16, and the
# dot form's (d = 16, 64, 256) at batch 2, 3, 4.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-$(dirname $0)}
run() { # jar tag impl
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $1 jmh TrainStepBenchmark -p d=2,3,4,6,8 -p k=64,1024 -p batch=1,3,8,16 -p impl=$3 -f 1 -wi 2 -w 1 -i 3 -r 1 -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$2-seg.json > $O/$2-seg.log 2>&1
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $1 jmh TrainStepBenchmark -p d=16,64,256 -p k=64,1024 -p batch=2,3,4 -p impl=$3 -f 1 -wi 2 -w 1 -i 3 -r 1 -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$2-dot.json > $O/$2-dot.log 2>&1
}
run /tmp/bench-H.jar A-1 vector; run /tmp/bench-T43.jar T-1 vector; run /tmp/bench-T43.jar T-2 vector; run /tmp/bench-H.jar A-2 vector
run /tmp/bench-T43.jar scalar scalar
echo done > $O/DONE
