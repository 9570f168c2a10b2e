R=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh
bash $R /tmp/near C d1 "-XX:+UseParallelGC" TrainStepBenchmark -p d=1 -p k=8,64 -p batch=1 -p impl=scalar,vector -f 3 -wi 2 -w 1 -i 5 -r 1
bash $R /tmp/near C d16 "-XX:+UseParallelGC" TrainStepBenchmark -p d=16 -p k=256,1024 -p batch=1 -p impl=scalar,vector -f 3 -wi 2 -w 1 -i 5 -r 1
R=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh
bash $R /tmp/near C d16b1 "-XX:+UseParallelGC" TrainStepBenchmark -p d=16 -p k=8,64 -p batch=1 -p impl=scalar,vector -f 3 -wi 2 -w 1 -i 5 -r 1
bash $R /tmp/near C d64b1 "-XX:+UseParallelGC" TrainStepBenchmark -p d=64 -p k=8,64 -p batch=1 -p impl=scalar,vector -f 3 -wi 2 -w 1 -i 5 -r 1
bash $R /tmp/near C d16b32 "-XX:+UseParallelGC" TrainStepBenchmark -p d=16 -p k=8 -p batch=32 -p impl=scalar,vector -f 3 -wi 2 -w 1 -i 5 -r 1
