# Zen 5, stop 41: the issue's whole grid at the kernel of this stop (X packed once by rows for two threads where a
# chunk's X is past 2 MiB), by stop 26's script: one fork of 2 iterations per cell, one window. /tmp/bench-P41.jar is
# benchmarks.jar built from this stop's kernel.
JAR=${JAR:-/tmp/bench-P41.jar} O=${O:-$(cd "$(dirname "$0")" && pwd)} \
  bash "$(dirname "$0")/../../amd-epyc-f25m17-2c/grid-20261204-stop26/run.sh"
