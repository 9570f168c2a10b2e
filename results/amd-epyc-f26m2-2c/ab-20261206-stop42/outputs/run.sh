# Zen 5, stop 42: OutputsBenchmark (a step with m outputs), jar A42 (the kernel at stop 41's end, with this stop's
# benchmark class) against N42 (this stop's m-output changes), m = 4 and 10 in the order A N N A, one fork a cell;
# then m = 1 at N42 and ScalarKernel at every m. O=. bash run.sh
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-$(dirname $0)}
jmh() { # jar tag, output name, extra JMH arguments
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC \
    -Xmx4g -jar /tmp/bench-$1.jar jmh OutputsBenchmark "${@:3}" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 \
    -rf json -rff $O/$2.json > $O/$2.log 2>&1
}
jmh A42 A-1 -p m=4,10
jmh N42 N-1 -p m=4,10
jmh N42 N-2 -p m=4,10
jmh A42 A-2 -p m=4,10
jmh N42 N-m1 -p m=1
jmh N42 scalar -p impl=scalar
echo done > $O/DONE
