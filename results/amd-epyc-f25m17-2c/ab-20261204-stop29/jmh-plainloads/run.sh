#!/bin/bash
OUT=$1; R=$2; ORDER=$3
RUNG=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh
bash $RUNG $OUT "$ORDER" r$R "-XX:+UseParallelGC" TrainStepBenchmark -p d=1 -p k=4,8,40,64,200 -p batch=1 -p impl=vector -f 1 -wi 2 -w 1 -i 5 -r 1
