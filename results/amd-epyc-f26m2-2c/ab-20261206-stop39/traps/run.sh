# Zen 5, stop 39: Sweep.java in N fresh JVMs with the JIT's default trap budget, then N with -XX:PerMethodTrapLimit
# raised (EXTRA2; NAME2 names those files, raised by default). Needs target/classes and target/test-classes (mvn test-compile). One JVM at a time.
cd "$(dirname "$0")/../../../.."
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin; O=${O:-/tmp/sweep39}; N=${N:-6}; mkdir -p $O /tmp/sweep
$J/javac --add-modules jdk.incubator.vector -cp target/test-classes:target/classes -d /tmp/sweep \
  results/amd-epyc-f26m2-2c/ab-20261206-stop39/traps/Sweep.java 2>/dev/null
CP=/tmp/sweep:target/test-classes:target/classes
for i in $(seq 1 $N); do
  for v in default ${NAME2:-raised}; do
    X=""; [ $v != default ] && X="${EXTRA2:--XX:PerMethodTrapLimit=100000}"
    $J/java -Xss8m --add-modules jdk.incubator.vector -XX:ObjectAlignmentInBytes=64 $X -cp $CP \
      dev.twolayer.kernel.Sweep > $O/$v-$i.txt 2>&1
  done
done
echo done > $O/DONE
