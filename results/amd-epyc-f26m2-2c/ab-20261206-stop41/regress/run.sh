# The grid's one-thread cells that read slower than stop 38's grid (d=1024 k=8 batch 4096 0.51x, d=256 k=4096 and
# d=1024 k=64 batch 4096 0.86x): stop 38's jar (S38, ab7450c) against this stop's (P41, 29d15ff), order S P P S, 2
# forks a run.
R=$(dirname "$0")/../../../intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=${O:-$(dirname "$0")}
i=0
for v in S38 P41 P41 S38; do i=$((i+1))
  bash $R $O "$v" r$i "-XX:+UseParallelGC" TrainStepBenchmark -p d=1024 -p k=8,64 -p batch=4096 -p impl=vector \
    -f 2 -wi 2 -w 1 -i 3 -r 1
  bash $R $O "$v" s$i "-XX:+UseParallelGC" TrainStepBenchmark -p d=256 -p k=4096 -p batch=4096 -p impl=vector \
    -f 2 -wi 2 -w 1 -i 3 -r 1
done
echo done > $O/DONE
