# usage: run1.sh CHECK BITS TAG [extra flags...]
cd /work/main
C=$1; B=$2; T=$3; shift 3
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xss8m --add-modules jdk.incubator.vector -XX:TypeProfileWidth=0 "$@" -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) dev.twolayer.kernel.AllocationTest $C $B > ${OUT:-/tmp/fl}/$T.out 2>&1
echo "$T rc=$?"
