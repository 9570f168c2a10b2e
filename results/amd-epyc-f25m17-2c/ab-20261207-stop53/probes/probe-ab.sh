#!/bin/bash
# probe-ab.sh "d k" N variants...: StepProbe in N rounds of fresh JVMs, variants in turn
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; cell=$1; n=$2; shift 2
for i in $(seq 1 $n); do for v in "$@"; do
  printf "%s " $v; $J --add-modules jdk.incubator.vector -XX:ObjectAlignmentInBytes=64 -XX:+UseParallelGC -cp /tmp/probe:/tmp/cls-$v dev.twolayer.kernel.StepProbe $cell 2>&1 | tail -1 | awk '{print $3}'
done; done | awk '{a[$1]=a[$1]" "$2} END {for (v in a) print v":"a[v]}'
