R=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=/tmp/ab-units2; rm -rf $O
for r in 1 2; do ord="H U2"; [ $r = 2 ] && ord="U2 H"
bash $R $O "$ord" r$r "-XX:+UseParallelGC" TrainStepBenchmark -p d=64 -p k=4096 -p batch=1 -p impl=vector -f 2 -wi 2 -w 1 -i 3 -r 1 -prof gc
bash $R $O "$ord" s$r "-XX:+UseParallelGC" TrainStepBenchmark -p d=256,1024 -p k=64,256,1024,4096 -p batch=1 -p impl=vector -f 2 -wi 2 -w 1 -i 3 -r 1 -prof gc
done; echo done > $O/DONE
