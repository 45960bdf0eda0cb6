#!/bin/bash
# Scale 1 with each thread count in THREADS (default 1 2 4 8 12 16) and the workers' own phase times.
# Run from the repository root after `npm run build`. NODE names the node binary (the lent 16-core machine had
# none installed, so a copy of this machine's Node 20 was carried there and named here).
NODE=${NODE:-node}
lscpu | grep -E "^CPU\(s\)|Thread|Core|Socket|NUMA node\(s\)|Model name|L2|L3|MHz"
for t in ${THREADS:-1 2 4 8 12 16}; do
  "$NODE" dist/bench/runScale.js 1 $t | "$NODE" -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const r=JSON.parse(s.trim().split('\n').pop());console.log('threads $t wall',(r.wallMs/1000).toFixed(2),'setup',(r.setupMs/1000).toFixed(2),'step',(r.simulateMs/1000).toFixed(2),JSON.stringify(Object.fromEntries(Object.entries(r.stageMs).map(([k,v])=>[k,Math.round(v)]))))})" | tee -a ${OUT:-.}/phases.txt
done
