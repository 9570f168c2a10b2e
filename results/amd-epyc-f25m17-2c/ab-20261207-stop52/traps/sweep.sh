#!/bin/bash
# sweep.sh REPO TAG N [flags]: stop 39's Sweep.java (27 shapes in one JVM, each warmed in turn, then measured again:
# bytes and ns a call) against REPO's target/classes and target/test-classes, in N fresh JVMs with the flags;
# outputs in traps/TAG-i.txt. Needs mvn test-compile in REPO.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin; R=$1; T=$2; N=$3; shift 3
H=$(cd "$(dirname "$0")" && pwd); S=/tmp/sweep52-$T; mkdir -p $S
$J/javac --add-modules jdk.incubator.vector -cp $R/target/test-classes:$R/target/classes -d $S \
  $H/../../../amd-epyc-f26m2-2c/ab-20261206-stop39/traps/Sweep.java 2>&1 | grep -v warning
for i in $(seq 1 $N); do
  $J/java -Xss8m --add-modules jdk.incubator.vector -XX:ObjectAlignmentInBytes=64 "$@" \
    -cp $S:$R/target/test-classes:$R/target/classes dev.twolayer.kernel.Sweep > $H/$T-$i.txt 2>&1
done
