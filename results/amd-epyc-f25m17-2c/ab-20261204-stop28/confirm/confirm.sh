R=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh
for round in 1 2; do
  bash $R /tmp/confirm C r${round}a "-XX:+UseParallelGC" TrainStepBenchmark -p d=256 -p k=256 -p batch=4096 -p impl=vector,vector-mt -f 1 -wi 2 -w 1 -i 5 -r 1
  bash $R /tmp/confirm C r${round}b "-XX:+UseParallelGC" TrainStepBenchmark -p d=1024 -p k=1024 -p batch=256,4096 -p impl=vector,vector-mt -f 1 -wi 2 -w 1 -i 5 -r 1
done
