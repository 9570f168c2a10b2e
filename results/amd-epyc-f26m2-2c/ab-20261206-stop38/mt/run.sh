# Zen 5 (family 26 model 2), stop 38: the 6 large cells at batch 4096, one thread and two, 3 forks each, both orders;
# then the machine's own scaling: fma512 and triad on one thread and on all (2).
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; O=${O:-/tmp/mt38}; JAR=${JAR:-/tmp/bench-S38.jar}; mkdir -p $O
R() { tag=$1; shift; $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar $JAR jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $O/$tag.json > $O/$tag.log 2>&1; }
G="-p d=256,1024 -p k=256,1024,4096 -p batch=4096"
W="-f 3 -wi 2 -w 1 -i 3 -r 1"
R peak 'PeakBenchmark.(fma512|fma512AllThreads|triad|triadAllThreads)$' -f 2 -wi 2 -w 1 -i 3 -r 1
R v1 TrainStepBenchmark $G -p impl=vector $W
R m1 TrainStepBenchmark $G -p impl=vector-mt $W
R m2 TrainStepBenchmark $G -p impl=vector-mt $W
R v2 TrainStepBenchmark $G -p impl=vector $W
echo done > $O/DONE
