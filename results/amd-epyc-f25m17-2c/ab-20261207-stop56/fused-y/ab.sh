#!/bin/bash
# ab.sh "d k [rounds [bits]]" N jars...: StepProbe in N rounds of fresh JVMs, jars (/tmp/bench-X.jar) in turn; ns a
# step per JVM (each line also appended to the file O). /tmp/probe56 holds ../../ab-20261207-stop53/probes/StepProbe.java
# compiled against one of the jars (javac --add-modules jdk.incubator.vector -cp /tmp/bench-G56.jar -d /tmp/probe56).
O=${O:-/dev/null}; J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; cell=$1; n=$2; shift 2
for i in $(seq 1 $n); do for v in "$@"; do
  printf "%s " $v; $J --add-modules jdk.incubator.vector -XX:ObjectAlignmentInBytes=64 -XX:+UseParallelGC -cp /tmp/probe56:/tmp/bench-$v.jar dev.twolayer.kernel.StepProbe $cell 2>&1 | tail -1 | awk '{print $3}'
done; done | tee -a $O | awk '{a[$1]=a[$1]" "$2} END {for (v in a) print v":"a[v]}'
