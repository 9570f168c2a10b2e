# Zen 5, stop 39: activeUnits' lane indices by IntVector.addIndex (jar B) against the IOTA_INT load (jar A, HEAD).
# The batch-1 steps that take the list: d=64 (rows of 4 vectors) and d=256 (k=4096: 2^20 weights, past LIST_MIN).
# Order A B B A, 2 forks a run; cmp.py (stop 27's) reads the medians.
R=$(dirname "$0")/../../../intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=${O:-/tmp/addindex39}
for round in 1 2; do
  for v in A B; do [ $round = 2 ] && v=$([ $v = A ] && echo B || echo A)
    bash $R $O "$v" r$round "-XX:+UseParallelGC" TrainStepBenchmark -p d=64,256 -p k=256,4096 -p batch=1 -p impl=vector \
      -f 2 -wi 2 -w 1 -i 3 -r 1
  done
done
echo done > $O/DONE
