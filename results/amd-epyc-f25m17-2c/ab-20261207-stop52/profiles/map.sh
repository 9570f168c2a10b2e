#!/bin/bash
# map.sh BITS: every AllocationTest check with -XX:TypeProfileWidth=0 and JFR allocation samples, 2 at a time
B=$1; D=/work/main/results/amd-epyc-f25m17-2c/ab-20261207-stop51/inlining
one() { bash $D/tpw-jfr.sh /work/main $1 $B m$B-$1 -XX:TypeProfileWidth=0 > /tmp/tpw/m$B-$1.txt 2>&1; }
export -f one; export B D
seq 0 63 | xargs -P 2 -I{} bash -c 'one {}'
for c in $(seq 0 63); do echo "check $c: $(head -1 /tmp/tpw/m$B-$c.txt) | $(sed -n 2,3p /tmp/tpw/m$B-$c.txt | awk '{print $2"="$1}' | tr '\n' ' ')"; done
