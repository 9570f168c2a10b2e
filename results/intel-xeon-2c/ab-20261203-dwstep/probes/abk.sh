#!/bin/bash
# abk.sh ROUNDS args... : alternates /tmp/clsA and /tmp/clsB running MtK (keep=false unless KEEP=true), aligned objects
R=$1; shift
for r in $(seq 1 $R); do for v in A B; do
  echo "== $v $r"; /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -XX:ObjectAlignmentInBytes=64 $JX -Dkeep=${KEEP:-false} --add-modules jdk.incubator.vector -cp /tmp/cls$v:/tmp/p2 MtK "$@" 2>&1 | grep -v WARN | tail -2
done; done
