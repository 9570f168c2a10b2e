export PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
J="java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar"
O="-f 1 -wi 2 -w 500ms -i 3 -r 500ms -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json"
P="-p d=2,3,4 -p k=8,64,1024 -p batch=2,4,8,16,32,128,1024"
n=0
for jar in M44 F44 F44 M44; do n=$((n+1)); $J /tmp/bench-$jar.jar jmh TrainStepBenchmark $P -p impl=vector $O -rff run$n-$jar.json > run$n-$jar.log 2>&1; done
$J /tmp/bench-F44.jar jmh TrainStepBenchmark $P -p impl=scalar $O -rff scalar.json > scalar.log 2>&1
for jar in M44 F44 F44 M44; do n=$((n+1)); $J /tmp/bench-$jar.jar jmh TrainStepBenchmark -p d=1 -p k=64,1024 -p batch=8,32 -p impl=vector $O -rff d1-run$n-$jar.json > d1-run$n-$jar.log 2>&1; done
echo finished > done
