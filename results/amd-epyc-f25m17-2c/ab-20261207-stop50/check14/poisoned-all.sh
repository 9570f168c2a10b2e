#!/bin/bash
# poisoned-all.sh CLASSES OUT: every AllocationTest check at 0 (preferred), 256 and 128 bits, profile poisoned; one line each
# (PoisonedCheck compiled into /tmp/poison/cls: javac -d /tmp/poison/cls --add-modules jdk.incubator.vector -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) PoisonedCheck.java)
cd /work/main
export PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
cls=$1; out=$2; : > $out
for bits in 0 256 128; do
  n=$( [ $bits = 0 ] && echo 64 || echo 62 )
  for i in $(seq 0 $((n-1))); do
    java -Xss8m --add-modules jdk.incubator.vector -cp /tmp/poison/cls:target/test-classes:$cls:$(cat /tmp/cp.txt) dev.twolayer.kernel.PoisonedCheck $i $bits > /tmp/poison/o-$bits-$i.txt 2>&1
    rc=$?
    echo "bits=$bits check=$i rc=$rc $(grep -m1 -oE '[^:]*: [0-9]+ bytes' /tmp/poison/o-$bits-$i.txt)" >> $out
  done
done
