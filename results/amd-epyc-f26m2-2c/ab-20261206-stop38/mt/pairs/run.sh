# Zen 5, stop 38: one thread against two, in turn within one JVM per cell (MtPair.java), 16 rounds of 0.5 s blocks.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; JAR=${JAR:-/tmp/bench-S38.jar}; O=${O:-/tmp/pairs38}; mkdir -p $O /tmp/pairs
$(dirname $J)/javac --add-modules jdk.incubator.vector -cp $JAR -d /tmp/pairs $(dirname $0)/MtPair.java 2>/dev/null
for dkb in "256 256 4096" "256 1024 4096" "256 4096 4096" "1024 256 4096" "1024 1024 4096" "1024 4096 4096" "256 256 256"; do
  set -- $dkb
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmx4g -XX:ObjectAlignmentInBytes=64 \
     -cp $JAR:/tmp/pairs MtPair $1 $2 $3 16 > $O/d$1-k$2-b$3.txt 2>&1
done
echo done > $O/DONE
