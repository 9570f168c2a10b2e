#!/bin/bash
# Stops 26-46's kernel changes on Intel: stop 25's last kernel (c7c1048, the last tuned on an Intel Xeon;
# /tmp/bench-Z46.jar) against b076339 (/tmp/bench-B46.jar), by stop 46's ab.sh: order A B B A, one fork a run. Batch
# 32 and above only: since stop 35 a batch-1 cell takes a new sample each step, which c7c1048's benchmark does not.
cd "$(dirname "$0")"
AJAR=Z bash ../../../amd-epyc-f26m2-2c/ab-20261206-stop46/ab.sh . "1 8 32" "1 64 32" "1 256 32" "16 8 32" "16 64 32" \
  "16 256 32" "64 8 32" "64 64 32" "256 8 32" "1024 8 32" "1 8 256" "16 8 256" "64 8 256" "1 64 256"
