#!/bin/bash
# The thread-scaling curve of issue 7 on a many-core machine: full runs at scales 10 and 1 with 1-16 threads.
# Run from the repository root after `npm run build`. NODE names the node binary (the lent 16-core machine
# had none installed, so a copy of this machine's Node 20 was carried there and named here).
set -u -o pipefail
NODE=${NODE:-node}
nproc; "$NODE" --version; grep -m1 "model name" /proc/cpuinfo
BENCH_SCALES=10,1 BENCH_THREADS=1,2,4,8,12,16 "$NODE" dist/bench/index.js
