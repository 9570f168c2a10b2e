# Zen 5, stop 42: the batch-1 cells nearest 10x scalar in stop 41's grid, 5 forks a side, by stop 41's near/run.sh.
# O=. JAR=/tmp/bench-P41.jar bash cells.sh   (P41: 29d15ff, the kernel at stop 41's end)
for c in "256 4096" "1024 4096" "16 64" "1 64"; do CELLS="$c" bash $(dirname $0)/../../ab-20261206-stop41/near/run.sh; done
