# usage: catch.sh CHECK BITS TAG [flags]: runs one JVM; when it reports allocating, records JFR allocation samples
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
cd /work/main
C=$1; B=$2; T=$3; shift 3
$J/java -Xss8m --add-modules jdk.incubator.vector -XX:TypeProfileWidth=0 "$@" -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) dev.twolayer.kernel.AllocationTest $C $B > ${OUT:-/tmp/fl}/$T.out 2>&1 &
P=$!
while kill -0 $P 2>/dev/null; do
  if grep -q "still allocates" ${OUT:-/tmp/fl}/$T.out; then
    $J/jcmd $P JFR.start name=a settings=profile > /dev/null 2>&1
    sleep 4
    $J/jcmd $P JFR.dump name=a filename=${OUT:-/tmp/fl}/$T.jfr > /dev/null 2>&1
    $J/jcmd $P Compiler.codelist > ${OUT:-/tmp/fl}/$T.codelist 2>&1
    echo "$T caught"; break
  fi
  sleep 0.2
done
wait $P; echo "$T rc=$?"
