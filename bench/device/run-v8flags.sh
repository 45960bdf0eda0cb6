#!/bin/bash
# Does V8's background work (GC helpers, concurrent compilers of 17 isolates on 16 cores) cause the imbalance
# at 16 threads? Scale 1, 16 threads with default flags, --single-threaded-gc, --single-threaded; 15 threads.
NODE=${NODE:-node}
fmt="let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const r=JSON.parse(s.trim().split('\n').pop());console.log(process.argv[1],'wall',(r.wallMs/1000).toFixed(2),'setup',(r.setupMs/1000).toFixed(2),'step',(r.simulateMs/1000).toFixed(2),r.seriesDigest,JSON.stringify(Object.fromEntries(Object.entries(r.stageMs).map(([k,v])=>[k,Math.round(v)]))))})"
for rep in 1 2; do
  for cfg in "16 -" "16 --single-threaded-gc" "16 --single-threaded" "15 -"; do
    set -- $cfg
    flags=$2; [ "$flags" = "-" ] && flags=""
    "$NODE" $flags dist/bench/runScale.js 1 $1 | "$NODE" -e "$fmt" "threads $1 flags ${2}" | tee -a ${OUT:-.}/v8flags.txt
  done
done
