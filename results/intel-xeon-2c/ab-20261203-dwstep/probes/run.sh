#!/bin/bash
# usage: run.sh OUT ORDER TAG JMH-ARGS... ; ORDER "H F" or "F H"; both with -XX:ObjectAlignmentInBytes=64 in the forks
OUT=$1; ORDER=$2; TAG=$3; shift 3; mkdir -p $OUT
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for v in $ORDER; do
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -XX:+UseParallelGC -Xmx4g -jar /tmp/bench-$v.jar jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $OUT/$v-$TAG.json > $OUT/$v-$TAG.log 2>&1
done
