R=/work/main/results/intel-xeon-2c/ab-20261204-privatex/probes/rung.sh; O=/tmp/ab-opt36d; rm -rf $O
for r in 1 2; do ord="H F3 F4"; [ $r = 2 ] && ord="F4 F3 H"
bash $R $O "$ord" r$r "-XX:+UseParallelGC" ModelOptionsBenchmark -p d=64 -p k=4096 -p batch=1 -p option=leaky,plain -f 2 -wi 2 -w 1 -i 3 -r 1 -prof gc
done; echo done > $O/DONE
