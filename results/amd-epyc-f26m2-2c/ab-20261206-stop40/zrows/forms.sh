#!/bin/bash
# Zen 5, stop 40: two threads, Z split by panels of units (as the kernel does) or by rows (forced), in-JVM timing.
# ../busy/phase.patch (applied to a worktree of 8533bcc) times each phase on the calling thread (VectorKernel.run) and
# adds VectorKernel.FORCE_ZROWS (-Dtwolayer.zrows=true, or set between calls).
# 1. MtPhase: one thread and two in turn, 3 blocks of 1 s each, one JVM per form and cell -> phases.txt
# 2. MtForms: one thread, two by panels, two by rows in turn within one JVM, 10 rounds of 1 s blocks -> forms.txt
set -e
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin; JAR=${JAR:-/tmp/bench-S40.jar}; here=$(cd $(dirname $0) && pwd); O=${O:-$here}
top=$(git -C $here rev-parse --show-toplevel); wt=/tmp/wt-zrows
rm -rf $wt; git -C $top worktree prune; git -C $top worktree add -q --detach $wt ${COMMIT:-8533bcc}
(cd $wt && git apply $here/../busy/phase.patch && JAVA_HOME=${J%/bin} mvn -B -q -ntp -o compile -Dmaven.test.skip=true)
mkdir -p /tmp/zrows && $J/javac --add-modules jdk.incubator.vector -cp $JAR:$wt/target/classes -d /tmp/zrows \
  $here/MtPhase.java $here/MtForms.java 2>/dev/null
F="--add-modules jdk.incubator.vector -XX:+UseParallelGC -Xmx4g -XX:ObjectAlignmentInBytes=64"
for c in "1024 256 4096" "1024 1024 4096" "1024 1024 256" "256 256 4096" "256 1024 4096" "256 256 256" "1024 256 256"; do
  for z in false true; do
    echo "== d k batch = $c, by rows forced: $z"
    $J/java $F -Dtwolayer.zrows=$z -cp $wt/target/classes:$JAR:/tmp/zrows MtPhase $c 3 2>&1 | grep "a step"
  done
done > $O/phases.txt
for c in "1024 256 4096" "1024 1024 4096"; do
  $J/java $F -cp $wt/target/classes:$JAR:/tmp/zrows MtForms $c 10 2>&1 | grep -v WARNING
done > $O/forms.txt
git -C $top worktree remove --force $wt
