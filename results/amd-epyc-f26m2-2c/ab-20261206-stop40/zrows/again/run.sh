# Zen 5, stop 40: zrows/run.sh again for the one cell the rule was for: d=1024 k=256 batch 4096 on two threads, jar A
# (f3bc406, by panels) against jar B (by rows), 3 forks a run, order A B A B B A; d=256 k=256 batch 4096 (the same code
# in both jars) in each run as a control for the machine's mode.
R=$(dirname "$0")/../../../../intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=${O:-$(dirname "$0")}
i=0
for v in A B A B B A; do i=$((i+1))
  bash $R $O "$v" r$i "-XX:+UseParallelGC" TrainStepBenchmark -p d=1024,256 -p k=256 -p batch=4096 -p impl=vector-mt \
    -f 3 -wi 2 -w 1 -i 3 -r 1
done
echo done > $O/DONE
