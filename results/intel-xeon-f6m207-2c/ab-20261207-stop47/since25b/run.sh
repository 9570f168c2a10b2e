#!/bin/bash
# The d=16 batch-32 cells that read slower in since25/, again, twice each (order A B B A A B B A), with k=1024 beside.
cd "$(dirname "$0")"
for round in 1 2; do mkdir -p r$round
AJAR=Z bash ../../../amd-epyc-f26m2-2c/ab-20261206-stop46/ab.sh r$round "16 256 32" "16 8 32" "16 64 32" "16 1024 32"
done
