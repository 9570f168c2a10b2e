#!/bin/bash
# usage: run.sh SHAPES...   (d,k,batch). A = /tmp/base-classes (HEAD build), B = working tree's Vector* classes renamed with X.
export PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
set -e
rm -rf /tmp/abx/classes /tmp/abx/gen && mkdir -p /tmp/abx/classes /tmp/abx/gen/dev/twolayer/kernel
for f in VectorKernel VectorWorkspace VectorBody VectorBody512 VectorBody256 VectorBody128; do
  sed -E 's/\b(VectorKernel|VectorWorkspace|VectorBody|VectorBody512|VectorBody256|VectorBody128)\b/\1X/g' /work/main/src/main/java/dev/twolayer/kernel/$f.java > /tmp/abx/gen/dev/twolayer/kernel/${f}X.java
done
javac -nowarn --add-modules jdk.incubator.vector -cp /tmp/base-classes -d /tmp/abx/classes /tmp/abx/gen/dev/twolayer/kernel/*.java /tmp/abx/src/dev/twolayer/kernel/ABX.java 2>&1 | grep -v "warning\|incubat" || true
java --add-modules jdk.incubator.vector -XX:+UseParallelGC $JOPTS -cp /tmp/base-classes:/tmp/abx/classes dev.twolayer.kernel.ABX "$@" 2>&1 | grep -v "WARNING"
