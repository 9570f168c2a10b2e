#!/bin/bash
# Zen 5, stop 40: where the batch-1 step at d=1024 k=4096 spends its time, and what the benchmarks' KernelCheck does
# to it.
# 1. ProfLoop: the step (benchmarks' Fixture, 64 samples in turn) with timing.patch applied to a worktree (System.nanoTime
#    around the forward, the hidden gradients, W's step and, at 8533bcc, activeUnits), 8 blocks of 1 s; with the
#    Fixture's check and without it (nocheck), twice each way, at 8533bcc (one method for weightGradRow's loops) and at
#    f3bc406 (each loop in a method of its own; only the VectorKernel part of the patch applies there).
# 2. WgBench: VectorBody512.weightGradRows (W's step) on plain arrays: alone, after a read of W, after the real forward
#    pass (forwardZDot); W its own or the Fixture's parameters (in place, or copied); "checked": after a Fixture was made
#    (and its kernel checked). Prints the bytes allocated a pass too. AuBench: activeUnits alone (k=4096).
# 3. LoopVariants, AliasFloor (../roofline): W's step's loop against plain axpy loops, and x's offset modulo 4 KiB.
set -e
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin; JAR=${JAR:-/tmp/bench-S40.jar}; here=$(cd $(dirname $0) && pwd); O=${O:-$here}
top=$(git -C $here rev-parse --show-toplevel)
F="--add-modules jdk.incubator.vector -XX:+UseParallelGC -Xmx4g -XX:ObjectAlignmentInBytes=64"
: > $O/profloop.txt
for commit in 8533bcc f3bc406; do
  wt=/tmp/wt-split-$commit; rm -rf $wt; git -C $top worktree prune; git -C $top worktree add -q --detach $wt $commit
  if [ $commit = 8533bcc ]; then (cd $wt && git apply $here/timing.patch)
  else (cd $wt && git apply --include='*VectorKernel.java' $here/timing.patch); fi
  (cd $wt && JAVA_HOME=${J%/bin} mvn -B -q -ntp -o compile -Dmaven.test.skip=true)
  mkdir -p /tmp/split-$commit && $J/javac --add-modules jdk.incubator.vector -cp $JAR:$wt/target/classes \
    -d /tmp/split-$commit $here/ProfLoop.java 2>/dev/null
  for m in check nocheck nocheck check; do
    echo "== $commit, $m" >> $O/profloop.txt
    $J/java $F -cp $wt/target/classes:$JAR:/tmp/split-$commit ProfLoop 1024 4096 keep $m 2>&1 | grep step >> $O/profloop.txt
  done
  git -C $top worktree remove --force $wt
done
mkdir -p /tmp/split && $J/javac --add-modules jdk.incubator.vector -cp $JAR -d /tmp/split $here/dev/twolayer/kernel/*.java \
  $here/../roofline/LoopVariants.java $here/../roofline/AliasFloor.java 2>/dev/null
# WgBench and AuBench against the library classes in JAR (8533bcc's by default), put first on the class path
for m in alone read forward "alone checked" "read checked" "forward checked" "read fixture" "read copy" "read own 0.044"; do
  $J/java $F -cp $JAR:/tmp/split dev.twolayer.kernel.WgBench $m; done 2>&1 | grep -v WARNING > $O/wgbench.txt
$J/java $F -cp $JAR:/tmp/split dev.twolayer.kernel.AuBench 4096 2>&1 | grep -v WARNING > $O/aubench.txt
$J/java $F -cp /tmp/split LoopVariants 2>&1 | grep -v WARNING > $O/../roofline/loopvariants.txt
$J/java $F -cp /tmp/split AliasFloor 1024 4096 5 0 16 32 64 128 256 512 768 960 992 1008 2>&1 | grep -v WARNING \
  > $O/../roofline/aliasfloor.txt
