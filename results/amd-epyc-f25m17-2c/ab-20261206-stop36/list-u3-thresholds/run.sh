R=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=/tmp/ab-units3; rm -rf $O
for r in 1 2; do ord="H U2 U3"; [ $r = 2 ] && ord="U3 U2 H"
bash $R $O "$ord" s$r "-XX:+UseParallelGC" TrainStepBenchmark -p d=64 -p k=1024 -p batch=1 -p impl=vector -f 2 -wi 2 -w 1 -i 3 -r 1 -prof gc
bash $R $O "$ord" t$r "-XX:+UseParallelGC" TrainStepBenchmark -p d=256 -p k=64,256 -p batch=1 -p impl=vector -f 2 -wi 2 -w 1 -i 3 -r 1 -prof gc
done; echo done > $O/DONE
