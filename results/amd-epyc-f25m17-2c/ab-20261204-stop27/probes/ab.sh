#!/bin/bash
# usage: ab.sh ROUNDS "A B" shapes...
R=$1; V=$2; shift 2
for r in $(seq $R); do for v in $V; do
  echo -n "$v "; /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Dreps=${REPS:-10} --add-modules jdk.incubator.vector -XX:+UseParallelGC -XX:ObjectAlignmentInBytes=64 -cp /tmp/cls$v:/tmp/probe dev.twolayer.kernel.StepTime "$@" 2>&1 | grep -v WARN | sed 's/batch /b/;s/ ns//' | tr '\n' ' '; echo
done; done
