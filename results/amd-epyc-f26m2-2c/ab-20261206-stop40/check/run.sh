# Zen 5, stop 40: CheckEffect.java over cells, check and nocheck in turn, 2 JVMs each way (JAR=, O=).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; JAR=${JAR:-/tmp/bench-R40.jar}; O=${O:-$(dirname $0)}; mkdir -p /tmp/check
$(dirname $J)/javac --add-modules jdk.incubator.vector -cp $JAR -d /tmp/check $(dirname $0)/CheckEffect.java 2>/dev/null
for c in ${CELLS:-"1024 4096 1" "1024 1024 1" "1 64 1" "16 64 1" "64 4096 1" "16 64 32" "1024 4096 32" "256 256 256"}; do
  for m in check nocheck nocheck check; do
    $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmx4g -XX:ObjectAlignmentInBytes=64 \
      -cp $JAR:/tmp/check CheckEffect $c $m 2>&1 | grep "a step"
  done
done > $O/${TAG:-check}.txt
