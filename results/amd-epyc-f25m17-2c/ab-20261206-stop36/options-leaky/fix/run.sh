R=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=/tmp/ab-opt36b; rm -rf $O
for r in 1 2; do ord="H F1 F3"; [ $r = 2 ] && ord="F3 F1 H"
bash $R $O "$ord" r$r "-XX:+UseParallelGC" ModelOptionsBenchmark -p d=64 -p batch=1 -p option=plain,leaky -f 2 -wi 2 -w 1 -i 3 -r 1 -prof gc
bash $R $O "$ord" s$r "-XX:+UseParallelGC" TrainStepBenchmark -p d=256 -p k=1024 -p batch=1 -p impl=vector -f 1 -wi 2 -w 1 -i 3 -r 1 -prof gc
done; echo done > $O/DONE
