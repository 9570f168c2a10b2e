# sizes.sh CLASSDIR: bytecode size of each method of VectorBody512
javap -c -p -cp $1 dev.twolayer.kernel.VectorBody512 | awk '/^  [a-z].*\(/{split($0,a,"(");n=split(a[1],b," ");m=b[n]} /^ *[0-9]+: /{split($1,c,":"); last[m]=c[1]} END{for(k in last) print k, last[k]}' | sort
