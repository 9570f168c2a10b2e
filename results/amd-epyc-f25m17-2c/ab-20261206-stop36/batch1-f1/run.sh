R=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=/tmp/ab-f1; rm -rf $O
G="-p d=1,16,64,256,1024 -p k=8,64,256,1024,4096 -p batch=1"
bash $R $O "H F1" r1 "-XX:+UseParallelGC" TrainStepBenchmark $G -p impl=vector -f 1 -wi 2 -w 1 -i 3 -r 1 -prof gc
bash $R $O "F1" s1 "-XX:+UseParallelGC" TrainStepBenchmark $G -p impl=scalar -f 1 -wi 2 -w 1 -i 3 -r 1
bash $R $O "F1 H" r2 "-XX:+UseParallelGC" TrainStepBenchmark $G -p impl=vector -f 1 -wi 2 -w 1 -i 3 -r 1 -prof gc
echo done > $O/DONE
