# Zen 5, stop 41: two threads, X packed once by rows into one shared copy where a chunk's X is past 2 MiB (jar P41)
# against each part packing all of it into its own copy (jar A41, b43b965). vector-mt at d=1024 batch 4096 (chunks
# of 1024 rows, 4 MiB of X) and d=256 k=256 as a control (its chunks fit L2: unchanged). Order A P P A, 3 forks a run.
R=$(dirname "$0")/../../../intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=${O:-$(dirname "$0")}
for round in 1 2; do
  for v in A41 P41; do [ $round = 2 ] && v=$([ $v = A41 ] && echo P41 || echo A41)
    bash $R $O "$v" r$round "-XX:+UseParallelGC" TrainStepBenchmark -p d=1024 -p k=256,1024,4096 -p batch=4096 \
      -p impl=vector-mt -f 3 -wi 2 -w 1 -i 3 -r 1
    bash $R $O "$v" c$round "-XX:+UseParallelGC" TrainStepBenchmark -p d=256 -p k=256 -p batch=4096 \
      -p impl=vector-mt -f 3 -wi 2 -w 1 -i 3 -r 1
  done
done
echo done > $O/DONE
