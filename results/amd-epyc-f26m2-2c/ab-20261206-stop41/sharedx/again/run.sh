# sharedx again, d=1024 k=256 batch 4096 alone: order A P A P P A, 3 forks a run.
R=$(dirname "$0")/../../../../intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=${O:-$(dirname "$0")}
i=0
for v in A41 P41 A41 P41 P41 A41; do i=$((i+1))
  bash $R $O "$v" r$i "-XX:+UseParallelGC" TrainStepBenchmark -p d=1024 -p k=256 -p batch=4096 -p impl=vector-mt \
    -f 3 -wi 2 -w 1 -i 3 -r 1
done
echo done > $O/DONE
