# Zen 5, stop 38: ModelOptionsBenchmark's default grid (k = d = 16, 64, 256; batch 1, 32, 256; every option), one fork
# a cell, at stop 37's kernel (/tmp/bench-S38.jar, built at ab7450c).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-/tmp/options38}; JAR=${JAR:-/tmp/bench-S38.jar}; mkdir -p $O
if [ -z "$AGAIN" ]; then
$J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh ModelOptionsBenchmark -f 1 -wi 2 -w 1 -i 3 -r 1 -prof gc -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/square.json > $O/square.log 2>&1
echo done > $O/DONE
fi
# AGAIN=1: again with 3 forks, the cells whose single fork read outside 0.9-1.1x for an option other than leaky at batch 1
# (where every unit is active) and fixedOutput at batch 1 (where few are)
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh ModelOptionsBenchmark "$@" -f 3 -wi 2 -w 1 -i 3 -r 1 -prof gc -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
if [ -n "$AGAIN" ]; then
R again-d16-b256 -p d=16 -p batch=256
R again-d256-b32 -p d=256 -p batch=32 -p option=plain,noBiases,identity
R again-d64-b1 -p d=64 -p batch=1 -p option=plain,identity
echo done > $O/DONE-again
fi
