#!/bin/bash
# Stop 46's samples form with d inputs on this Xeon: stop 45's kernel (63dcb24, /tmp/bench-A46.jar) against b076339
# (/tmp/bench-B46.jar: stop 46's kernel plus the residuals' plain loop, which none of these shapes takes, d k < 2^16),
# by stop 46's ab.sh: order A B B A, one fork a run. The cells of stop 46's final3/ and wide/ tables, threshold cells
# first.
cd "$(dirname "$0")"
bash ../../../amd-epyc-f26m2-2c/ab-20261206-stop46/ab.sh . "15 15 64" "12 2 16" "17 12 128" "16 8 128" "6 8 64" \
  "16 4 64" "10 10 200" "10 10 4096" "6 10 200" "2 8 256" "3 5 1024" "4 8 256" "7 3 32" "15 8 256" "16 8 256" \
  "16 15 256" "24 15 256" "32 4 128" "64 4 4096" "40 12 1024"
