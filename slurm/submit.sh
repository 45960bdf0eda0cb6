#!/bin/bash
# Submit a sharded sweep: a job array of N shards, then the merge, which starts when every shard
# succeeded (--dependency=afterok). Prints the two job ids.
#
#   slurm/submit.sh sweep.yaml out/my-sweep 16 [extra sbatch options for the array, e.g. --cpus-per-task=8]
#
# Pick N so that each shard runs many runs (clusters cap arrays at 1,000-4,096 tasks): for example
# `urbanize sweep sweep.yaml --dry-run` gives the time per run; aim at shards of 30 minutes or more.
set -euo pipefail
if [ "$#" -lt 3 ]; then
  echo "usage: $0 <sweep.yaml> <out-dir> <N shards> [sbatch options...]" >&2
  exit 2
fi
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SWEEP="$1"; OUT="$2"; SHARDS="$3"; shift 3
mkdir -p "$OUT"
array="$(sbatch --parsable --array="0-$((SHARDS - 1))" --chdir="$OUT" "$@" "$HERE/sweep.sbatch" "$(realpath "$SWEEP")" "$(realpath "$OUT")" "$SHARDS")"
array="${array%%;*}"
merge="$(sbatch --parsable --dependency="afterok:$array" --chdir="$OUT" "$HERE/merge.sbatch" "$(realpath "$OUT")")"
merge="${merge%%;*}"
echo "array $array"
echo "merge $merge"
