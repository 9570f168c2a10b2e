R=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh
for round in 1 2 3; do
  bash $R /tmp/ab2 "$( [ $round = 2 ] && echo 'C P' || echo 'P C')" r$round "-XX:+UseParallelGC" TrainStepBenchmark -p d=1 -p k=8,64 -p batch=1 -p impl=vector -f 1 -wi 2 -w 1 -i 5 -r 1
done
