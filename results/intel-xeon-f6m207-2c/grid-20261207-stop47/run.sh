# Intel Xeon (family 6 model 207), stop 47: the issue's whole grid at this stop's starting kernel (f7e7297, stop 46),
# by stop 26's script: one fork of 2 iterations per cell, one window. /tmp/bench-H47.jar is benchmarks.jar built at
# f7e7297. netlib runs on native OpenBLAS 0.3.21 (Debian's libopenblas0-pthread), one thread.
JAR=${JAR:-/tmp/bench-H47.jar} O=${O:-$(cd "$(dirname "$0")" && pwd)} \
  bash "$(dirname "$0")/../../amd-epyc-f25m17-2c/grid-20261204-stop26/run.sh"
