O=/tmp/ab-units6; rm -rf $O; mkdir -p $O
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
run() { v=$1; tag=$2; shift 2; m=1024; [ $v = B ] && m=1
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -Dtwolayer.skipMin=$m -jar /tmp/bench-U5.jar jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$v-$tag.json > $O/$v-$tag.log 2>&1; }
A="TrainStepBenchmark -p d=32 -p k=16,64,256 -p batch=1 -p impl=vector-256 -f 2 -wi 2 -w 1 -i 3 -r 1 -prof gc"
C="TrainStepBenchmark -p d=16 -p k=16,64,256 -p batch=1 -p impl=vector-128 -f 2 -wi 2 -w 1 -i 3 -r 1 -prof gc"
run A 1 $A; run B 1 $A; run B 2 $A; run A 2 $A
run A 3 $C; run B 3 $C; run B 4 $C; run A 4 $C
echo done > $O/DONE
