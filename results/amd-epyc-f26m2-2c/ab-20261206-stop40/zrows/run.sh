# Zen 5, stop 40: two threads, Z split by rows where a chunk's X is past 2 MiB and k <= its rows (jar B) against by
# panels of units as before (jar A, f3bc406). d=1024 k=256 and 1024 at batch 4096 change; d=1024 k=4096 and d=256 k=256
# are controls. Order A B B A, 2 forks a run; cmp.py (stop 27's) reads the medians.
R=$(dirname "$0")/../../../intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=${O:-$(dirname "$0")}
for round in 1 2; do
  for v in A B; do [ $round = 2 ] && v=$([ $v = A ] && echo B || echo A)
    bash $R $O "$v" r$round "-XX:+UseParallelGC" TrainStepBenchmark -p d=1024 -p k=256,1024,4096 -p batch=4096 \
      -p impl=vector-mt -f 2 -wi 2 -w 1 -i 3 -r 1
    bash $R $O "$v" c$round "-XX:+UseParallelGC" TrainStepBenchmark -p d=256 -p k=256 -p batch=4096 \
      -p impl=vector-mt -f 2 -wi 2 -w 1 -i 3 -r 1
  done
done
echo done > $O/DONE
