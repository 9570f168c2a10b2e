# usage: runp.sh CHECK BITS TAG: Pollute (compiled in /tmp/fl/pol) then AllocationTest check CHECK at BITS; /tmp/cp.txt holds the test class path (mvn dependency:build-classpath)
cd /tmp/fl/pol
/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xss8m --add-modules jdk.incubator.vector -XX:TypeProfileWidth=0 -cp .:${CP_ROOT:-/work/main}/target/test-classes:${CP_ROOT:-/work/main}/target/classes:$(cat /tmp/cp.txt) dev.twolayer.kernel.Pollute $1 $2 20000 > /tmp/fl/pol/$3.out 2>&1
echo "$3 rc=$?"
