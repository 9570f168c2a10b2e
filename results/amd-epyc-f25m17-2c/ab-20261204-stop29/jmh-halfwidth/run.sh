#!/bin/bash
# A/B of the half-width path: A = HEAD before (1 jar), B = with half-width calls. usage: run.sh OUT ROUND ORDER
OUT=$1; R=$2; ORDER=$3
RUNG=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh
GC="-XX:+UseParallelGC"
W="-f 1 -wi 2 -w 1 -i 5 -r 1"
bash $RUNG $OUT "$ORDER" r$R-b1 "$GC" TrainStepBenchmark -p d=1,8,12,16,33,64,100 -p k=8 -p batch=1 -p impl=vector $W
bash $RUNG $OUT "$ORDER" r$R-b4 "$GC" TrainStepBenchmark -p d=1,16,64 -p k=8 -p batch=4 -p impl=vector $W
bash $RUNG $OUT "$ORDER" r$R-k4 "$GC" TrainStepBenchmark -p d=1,16 -p k=4 -p batch=1 -p impl=vector $W
