#!/bin/sh
# Regenerates VectorBody256/128 from the template VectorBody512 (the species must be a static final constant per
# class for the JIT to intrinsify the Vector API, so each width is its own class). Run from the repository root.
# VectorKernelTest checks that the generated files are in sync with the template.
set -e
dir=src/main/java/dev/twolayer/kernel
for bits in 256 128; do
  { echo "// GENERATED from VectorBody512.java by src/main/sh/gen-vector-bodies.sh: do not edit."
    sed -e "s/512/$bits/g" "$dir/VectorBody512.java"; } > "$dir/VectorBody$bits.java"
done
