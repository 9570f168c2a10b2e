# The four cells in turn, by run.sh: O=. JAR=/tmp/bench-A41.jar bash cells.sh
for c in "1 64" "64 8" "16 8" "1 8"; do CELLS="$c" bash $(dirname $0)/run.sh; done
