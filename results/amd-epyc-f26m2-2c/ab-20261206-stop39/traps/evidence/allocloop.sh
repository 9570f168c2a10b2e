cd /work/main
CP=target/test-classes:target/classes:/root/.m2/repository/org/junit/jupiter/junit-jupiter-api/5.11.4/junit-jupiter-api-5.11.4.jar:/root/.m2/repository/org/opentest4j/opentest4j/1.3.0/opentest4j-1.3.0.jar:/root/.m2/repository/org/junit/platform/junit-platform-commons/1.11.4/junit-platform-commons-1.11.4.jar
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
D=${D:-/tmp/aloop7}
mkdir -p $D
for i in $(seq 1 ${N:-30}); do
  s=$(date +%s)
  $J/java -Xss8m --add-modules jdk.incubator.vector ${FLAGS--XX:ObjectAlignmentInBytes=64} -XX:+PrintCompilation $EXTRA -cp $CP dev.twolayer.kernel.AllocationTest > $D/r$i.out 2>&1 &
  pid=$!
  probed=0
  while kill -0 $pid 2>/dev/null; do
    if [ $probed = 0 ] && grep -q "still allocates" $D/r$i.out; then
      probed=1
      $J/jcmd $pid Compiler.codelist > $D/r$i.codelist 2>&1
      $J/jcmd $pid JFR.start duration=4s filename=$D/r$i.jfr settings=profile > /dev/null 2>&1
      for t in 1 2 3 4 5 6 7 8; do $J/jcmd $pid Thread.print >> $D/r$i.stacks 2>&1; sleep 0.3; done
    fi
    sleep 0.2
  done
  wait $pid; rc=$?
  echo "run $i rc=$rc probed=$probed $(( $(date +%s) - s ))s" >> $D/summary
  if [ $rc = 1 ]; then echo stop >> $D/summary; break; fi
  if [ $probed = 0 ]; then rm -f $D/r$i.out; fi
done
