# Zen 5, stop 41: one-row lane sums by halvings (laneSum, jar B) against the XOR_LANES permutes (jar A, stop 40's
# b43b965). The batch-1 cells whose step sums one row's lanes on its chain: the units form (d=1) and the dot form's
# one-vector rows (d=16, 64 at k <= 16); d=1 k=8 takes ScalarKernel's loops, d=16, 64 k=64 are controls (other code).
# Order A B B A, 2 forks a run; cmp.py (stop 27's) reads the medians.
R=$(dirname "$0")/../../../intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=${O:-$(dirname "$0")}
for round in 1 2; do
  for v in A B; do [ $round = 2 ] && v=$([ $v = A ] && echo B || echo A)
    bash $R $O "${v}41" r$round "-XX:+UseParallelGC" TrainStepBenchmark -p d=1,16,64 -p k=8,16,64,256 -p batch=1 \
      -p impl=vector -f 2 -wi 2 -w 1 -i 3 -r 1
  done
done
echo done > $O/DONE
