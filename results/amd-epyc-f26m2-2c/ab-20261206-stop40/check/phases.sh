#!/bin/bash
# Zen 5, stop 40: d=1024 k=4096 batch 32 with the Fixture's check and without it, each phase timed (PhaseCheck.java,
# the VectorKernel and ParallelKernel parts of ../busy/phase.patch applied to a worktree of f3bc406), 4 JVMs in turn.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin; JAR=${JAR:-/tmp/bench-R40.jar}; here=$(cd $(dirname $0) && pwd); O=${O:-$here}
top=$(git -C $here rev-parse --show-toplevel); wt=/tmp/wt-phases
rm -rf $wt; git -C $top worktree prune; git -C $top worktree add -q --detach $wt ${COMMIT:-f3bc406}
(cd $wt && git apply --include='*VectorKernel.java' --include='*ParallelKernel.java' $here/../busy/phase.patch \
  && JAVA_HOME=${J%/bin} mvn -B -q -ntp -o compile -Dmaven.test.skip=true)
mkdir -p /tmp/phases && $J/javac --add-modules jdk.incubator.vector -cp $JAR -d /tmp/phases $here/PhaseCheck.java 2>/dev/null
for m in nocheck check nocheck check; do
  $J/java --add-modules jdk.incubator.vector -XX:+UseParallelGC -Xmx4g -XX:ObjectAlignmentInBytes=64 \
    -cp $wt/target/classes:$JAR:/tmp/phases PhaseCheck ${CELL:-1024 4096 32} $m 2>&1 | grep "a step"
done > $O/phases-b32.txt
git -C $top worktree remove --force $wt
