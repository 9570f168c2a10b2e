# Zen 5, stop 43: d = 9 .. 15 at 512 bits, rows of W padded to a whole vector (the segment form's widest stride).
# A = stop 42's kernel (/tmp/bench-H.jar), W = the commit that adds it (/tmp/bench-W43.jar); order A W, one fork a
# cell; then ScalarKernel.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-$(dirname $0)}
run() { # jar tag impl
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $1 jmh TrainStepBenchmark -p d=10,12,15 -p k=64,1024 -p batch=1,3,8,16,24 -p impl=$3 -f 1 -wi 2 -w 1 -i 3 -r 1 -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$2.json > $O/$2.log 2>&1
}
run /tmp/bench-H.jar A-1 vector; run /tmp/bench-W43.jar W-1 vector; run /tmp/bench-W43.jar scalar scalar
echo done > $O/DONE
