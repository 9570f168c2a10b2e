# Zen 5, stop 40: d=1024 k=4096 batch 1, the training step against its memory floor in turn (Roofline.java).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; JAR=${JAR:-/tmp/bench-S40.jar}; O=${O:-$(dirname $0)}; mkdir -p /tmp/roof
$(dirname $J)/javac --add-modules jdk.incubator.vector -cp $JAR -d /tmp/roof $(dirname $0)/Roofline.java 2>/dev/null
for dk in ${CELLS:-"1024 4096"}; do
  set -- $dk
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xmx4g -XX:ObjectAlignmentInBytes=64 \
     -cp $JAR:/tmp/roof Roofline $1 $2 ${ROUNDS:-10} > $O/d$1-k$2.txt 2>&1
done
