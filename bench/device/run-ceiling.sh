#!/bin/bash
# Machine ceiling: N independent single-thread runs at once (no shared work), scale 10.
# Run from the repository root after `npm run build`. NODE names the node binary (the lent 16-core machine had
# none installed, so a copy of this machine's Node 20 was carried there and named here).
NODE=${NODE:-node}
for n in 1 4 8 16; do
  for k in $(seq 1 $n); do "$NODE" dist/bench/runScale.js 10 1 > /tmp/r.$n.$k.json & done; wait
  "$NODE" -e "const fs=require('fs');const v=[];for(let k=1;k<=$n;k++){const r=JSON.parse(fs.readFileSync('/tmp/r.$n.'+k+'.json','utf8'));v.push(r.simulateMs/1000)}console.log('concurrent $n: step s mean',(v.reduce((a,b)=>a+b)/v.length).toFixed(2),'max',Math.max(...v).toFixed(2))" | tee -a ${OUT:-.}/ceiling.txt
done
