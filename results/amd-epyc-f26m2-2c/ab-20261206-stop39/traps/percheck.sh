# Stop 39: AllocationTest's checks, each in a fresh JVM (as the test runs them), N passes; a line a JVM in $D/summary.
# FLAGS (default -XX:ObjectAlignmentInBytes=64), BITS (0: preferred width), FROM (2: the vector checks only).
# Needs target/classes and target/test-classes (mvn test-compile).
cd "$(dirname "$0")/../../../.."
CP=target/test-classes:target/classes:$HOME/.m2/repository/org/junit/jupiter/junit-jupiter-api/5.11.4/junit-jupiter-api-5.11.4.jar:$HOME/.m2/repository/org/opentest4j/opentest4j/1.3.0/opentest4j-1.3.0.jar:$HOME/.m2/repository/org/junit/platform/junit-platform-commons/1.11.4/junit-platform-commons-1.11.4.jar
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
D=${D:-/tmp/percheck}; mkdir -p $D
for pass in $(seq 1 ${N:-3}); do
  s0=$(date +%s)
  for i in $(seq ${FROM:-0} 41); do
    s=$(date +%s%N)
    $J/java -Xss8m --add-modules jdk.incubator.vector ${FLAGS--XX:ObjectAlignmentInBytes=64} $EXTRA -cp $CP dev.twolayer.kernel.AllocationTest $i ${BITS:-0} > $D/p$pass-c$i.out 2>&1
    rc=$?; echo "pass $pass check $i rc=$rc $(( ($(date +%s%N) - s) / 1000000 ))ms" >> $D/summary
    [ $rc = 0 ] && rm -f $D/p$pass-c$i.out
  done
  echo "pass $pass total $(( $(date +%s) - s0 ))s" >> $D/summary
done
