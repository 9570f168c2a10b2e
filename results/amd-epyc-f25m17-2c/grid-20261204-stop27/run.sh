#!/bin/bash
# The issue's grid on the Zen 4 EPYC (family 25 model 17, 2 cores) at stop 27: stop 26's script (peak, vector
# everywhere with -prof gc, two threads at the 12 large cells, netlib on native OpenBLAS 0.3.21 at every cell, EJML
# and ojAlgo at batch 1 and 32, scalar, peak; one fork of 2 iterations per cell) with /tmp/bench-H.jar, which is
# benchmarks/target/benchmarks.jar built at b039b47: TrainStepBenchmark returns the step's loss as a double (before,
# a boxed Double: 64 B/op with 64-byte object alignment). Then near.sh: the cells near a target, 3 forks of 5
# iterations, medians (median.py). Tables: python3 ../grid-20261204-stop26/table.py . and python3 median.py near/*.json
cd "$(dirname "$0")"
JAR=/tmp/bench-H.jar O=${O:-/tmp/grid27} bash ../grid-20261204-stop26/run.sh
