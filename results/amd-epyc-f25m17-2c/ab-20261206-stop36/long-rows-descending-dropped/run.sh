R=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=/tmp/ab-f2; rm -rf $O
for r in 1 2; do ord="F1 F2"; [ $r = 2 ] && ord="F2 F1"
bash $R $O "$ord" r$r "-XX:+UseParallelGC" TrainStepBenchmark -p d=256,1024 -p k=1024,4096 -p batch=1 -p impl=vector -f 2 -wi 2 -w 1 -i 3 -r 1
done; echo done > $O/DONE
