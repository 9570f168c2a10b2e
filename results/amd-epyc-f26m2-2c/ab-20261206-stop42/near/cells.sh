# Zen 5, stop 42: the batch-1 cells nearest 10x scalar in stop 41's grid, 5 forks a side, by stop 41's near/run.sh.
# O=. JAR=/tmp/bench-P41.jar bash cells.sh   (P41: 29d15ff, the kernel at stop 41's end)
for c in "256 4096" "1024 4096" "16 64" "1 64"; do CELLS="$c" bash $(dirname $0)/../../ab-20261206-stop41/near/run.sh; done
# Then d=1 k=64 alone, 8 forks, with the JIT's inlining and compilation printed (the log, 158,000 lines, not kept):
# java ... -jar /tmp/bench-P41.jar jmh TrainStepBenchmark -p d=1 -p k=64 -p batch=1 -p impl=vector -f 8 -wi 2 -w 1 \
#   -i 3 -r 1 -rf json -rff d1-k64-printinlining.json -jvmArgsAppend "-XX:ObjectAlignmentInBytes=64 \
#   -XX:+UnlockDiagnosticVMOptions -XX:+PrintInlining -XX:+PrintCompilation"
