#!/bin/bash
OUT=$1; R=$2; ORDER=$3
RUNG=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh
bash $RUNG $OUT "$ORDER" r$R "-XX:+UseParallelGC" TrainStepBenchmark -p d=256,1024,1040 -p k=8 -p batch=32,256 -p impl=vector -f 1 -wi 2 -w 1 -i 5 -r 1
