# Zen 5, stop 40: weightGradRow's loops over rows longer than 4 vectors each in a method of its own (jar B) against
# the one method (jar A, 8533bcc). The batch-1 steps with d of 5 vectors or more: d=256, 1024 at every k of the grid.
# Order A B B A, 2 forks a run; cmp.py (stop 27's) reads the medians.
R=$(dirname "$0")/../../../intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=${O:-$(dirname "$0")}
for round in 1 2; do
  for v in A B; do [ $round = 2 ] && v=$([ $v = A ] && echo B || echo A)
    bash $R $O "$v" r$round "-XX:+UseParallelGC" TrainStepBenchmark -p d=256,1024 -p k=8,64,256,1024,4096 -p batch=1 \
      -p impl=vector -f 2 -wi 2 -w 1 -i 3 -r 1
  done
done
echo done > $O/DONE
