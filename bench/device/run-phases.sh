#!/bin/bash
gunzip -c .devbench/node.gz > /tmp/node && chmod +x /tmp/node || exit 1
lscpu | grep -E "^CPU\(s\)|Thread|Core|Socket|NUMA node\(s\)|Model name|L2|L3|MHz"
for t in 1 8 16 4; do
  /tmp/node dist/bench/runScale.js 1 $t | /tmp/node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const r=JSON.parse(s.trim().split('\n').pop());console.log('threads $t wall',(r.wallMs/1000).toFixed(2),'setup',(r.setupMs/1000).toFixed(2),'step',(r.simulateMs/1000).toFixed(2),JSON.stringify(Object.fromEntries(Object.entries(r.stageMs).map(([k,v])=>[k,Math.round(v)]))))})" | tee -a $OUT/phases.txt
done
