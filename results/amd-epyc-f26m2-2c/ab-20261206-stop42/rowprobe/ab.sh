#!/bin/bash
# RowProbe in turn on several builds of the library: ab.sh "d k" ROUNDS TAG... runs, ROUNDS times over, RowProbe on
# /tmp/clsTAG (a copy of target/classes: A at 8249aad, the others with a patch here applied; see ../README.md) and
# prints its median lines prefixed with "TAG round". RowProbe is compiled into /tmp/probe/out:
#   javac --add-modules jdk.incubator.vector -cp /tmp/clsA -d /tmp/probe/out RowProbe.java
export PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
dk=$1; R=$2; shift 2
for r in $(seq $R); do for v in "$@"; do
  java --add-modules jdk.incubator.vector -cp /tmp/cls$v:/tmp/probe/out dev.twolayer.kernel.RowProbe $dk 2>&1 \
    | grep median | sed "s/^/$v $r /"
done; done
