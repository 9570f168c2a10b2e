# The grid's two large cells under 75% of peak in their single forks, again: 3 forks each at P41 (29d15ff), with the
# peak measured before and after in the same window.
R=$(dirname "$0")/../../../intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=${O:-$(dirname "$0")}
bash $R $O P41 peak1 "-XX:+UseParallelGC" 'PeakBenchmark.fma512$' -f 1 -wi 2 -w 1 -i 3 -r 1
bash $R $O P41 cells "-XX:+UseParallelGC" TrainStepBenchmark -p d=1024 -p k=4096 -p batch=256 -p impl=vector -f 3 -wi 2 -w 1 -i 3 -r 1
bash $R $O P41 cells2 "-XX:+UseParallelGC" TrainStepBenchmark -p d=256 -p k=4096 -p batch=4096 -p impl=vector -f 3 -wi 2 -w 1 -i 3 -r 1
bash $R $O P41 peak2 "-XX:+UseParallelGC" 'PeakBenchmark.fma512$' -f 1 -wi 2 -w 1 -i 3 -r 1
echo done > $O/DONE
