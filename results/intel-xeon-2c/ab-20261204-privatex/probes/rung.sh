#!/bin/bash
# usage: rung.sh OUT ORDER TAG GCARGS JMH-ARGS... ; forks get exactly: GCARGS -XX:ObjectAlignmentInBytes=64 -Xmx4g
OUT=$1; ORDER=$2; TAG=$3; GC=$4; shift 4; mkdir -p $OUT
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for v in $ORDER; do
  $J --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true $GC -Xmx4g -jar /tmp/bench-$v.jar jmh "$@" -jvmArgsAppend -XX:ObjectAlignmentInBytes=64 -rf json -rff $OUT/$v-$TAG.json > $OUT/$v-$TAG.log 2>&1
done
