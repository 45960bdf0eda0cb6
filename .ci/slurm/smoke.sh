#!/usr/bin/env bash
# Self-check of the local Slurm cluster: up, run a 4-task job array, check its
# output, down. Exits non-zero with a message on any failure.
#
#   bash .ci/slurm/smoke.sh
#   SLURM_SMOKE_KEEP=1 bash .ci/slurm/smoke.sh   # leave the cluster running
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE="${SLURM_STATE_DIR:-/tmp/urbanize-slurm}"
export SLURM_STATE_DIR="$STATE"
TASKS=4
JOB_TIMEOUT="${SLURM_SMOKE_TIMEOUT:-120}"

log() { echo "[slurm-smoke] $*" >&2; }
fail() {
  log "FAIL: $*"
  if [ -n "${SLURM_CONF:-}" ]; then
    squeue -t all >&2 2>/dev/null || true
    if [ -n "${JOBID:-}" ]; then scontrol show job "$JOBID" >&2 2>/dev/null || true; fi
  fi
  for f in "$STATE"/log/slurmctld.log "$STATE"/log/slurmd.log; do
    [ -f "$f" ] && { echo "----- $f (last 40 lines) -----" >&2; tail -n 40 "$f" >&2; }
  done
  exit 1
}

cleanup() {
  local rc=$?
  if [ "${SLURM_SMOKE_KEEP:-0}" = 1 ]; then
    log "SLURM_SMOKE_KEEP=1: leaving the cluster running (. $STATE/env.sh)"
  else
    bash "$HERE/down.sh" || log "WARNING: down.sh failed"
  fi
  if [ "$rc" -eq 0 ]; then log "PASS"; else log "exit status $rc"; fi
  exit "$rc"
}
trap cleanup EXIT

bash "$HERE/up.sh" >/dev/null || fail "up.sh failed"
# shellcheck disable=SC1091
. "$STATE/env.sh"
[ -f "$SLURM_CONF" ] || fail "SLURM_CONF=$SLURM_CONF does not exist"

WORK="$SLURM_SHARED_DIR/smoke"
OUT="$WORK/out"
rm -rf "$WORK"
mkdir -p "$OUT"

cat >"$WORK/task.sh" <<'EOF'
#!/bin/bash
set -euo pipefail
start=$(date +%s.%N)
sleep 2
printf '%s\n' "$SLURM_ARRAY_TASK_ID" >"$SMOKE_OUT/task-$SLURM_ARRAY_TASK_ID.txt"
printf '%s %s %s\n' "$SLURM_ARRAY_TASK_ID" "$start" "$(date +%s.%N)" >"$SMOKE_OUT/time-$SLURM_ARRAY_TASK_ID.txt"
EOF
chmod 755 "$WORK/task.sh"

# --export keeps the caller's environment (default ALL) and adds SMOKE_OUT.
JOBID="$(SMOKE_OUT="$OUT" sbatch --parsable --array=0-$((TASKS - 1)) \
  --job-name=urbanize-smoke --ntasks=1 --cpus-per-task=1 \
  --chdir="$WORK" --output="$WORK/slurm-%A_%a.out" --error="$WORK/slurm-%A_%a.out" \
  --export=ALL,SMOKE_OUT="$OUT" "$WORK/task.sh")" || fail "sbatch failed"
JOBID="${JOBID%%;*}"   # --parsable prints "jobid[;cluster]"
[[ "$JOBID" =~ ^[0-9]+$ ]] || fail "unexpected sbatch output '$JOBID'"
log "submitted array job $JOBID (tasks 0-$((TASKS - 1)))"

# Poll squeue until no task of the job is pending/running/completing.
# `squeue -t all` without -j never errors for vanished job ids; a failing
# squeue (controller down) is counted and fails after a few tries.
deadline=$(( $(date +%s) + JOB_TIMEOUT ))
max_running=0
errors=0
while :; do
  if ! q="$(squeue -h -t all -o '%i %T' 2>&1)"; then
    errors=$((errors + 1))
    [ "$errors" -lt 10 ] || fail "squeue keeps failing: $q"
    sleep 0.5
    continue
  fi
  mine="$(printf '%s\n' "$q" | awk -v id="$JOBID" '$1 == id || index($1, id "_") == 1')"
  active="$(printf '%s\n' "$mine" | awk '$2 ~ /^(PENDING|RUNNING|COMPLETING|CONFIGURING|SUSPENDED|REQUEUED|REQUEUE_HOLD|REQUEUE_FED|RESIZING|SIGNALING|STAGE_OUT)$/' | wc -l)"
  running="$(printf '%s\n' "$mine" | awk '$2 == "RUNNING"' | wc -l)"
  [ "$running" -gt "$max_running" ] && max_running=$running
  [ "$active" -eq 0 ] && break
  [ "$(date +%s)" -lt "$deadline" ] || fail "job $JOBID still active after ${JOB_TIMEOUT}s"
  sleep 0.5
done
log "job $JOBID left the queue (max RUNNING tasks seen by squeue: $max_running)"

# Final states: scontrol keeps finished records for MinJobAge (300 s); no sacct.
states="$(scontrol -o show job "$JOBID" 2>/dev/null \
  | sed -n 's/.*ArrayTaskId=\([0-9]*\) .*JobState=\([A-Z_]*\) .*ExitCode=\([0-9:]*\).*/\1 \2 \3/p' | sort -n)"
log "task states: $(echo "$states" | tr '\n' ';')"
bad="$(printf '%s\n' "$states" | awk 'NF && ($2 != "COMPLETED" || $3 != "0:0")')"
[ -z "$bad" ] || fail "tasks did not complete cleanly: $bad"

for i in $(seq 0 $((TASKS - 1))); do
  f="$OUT/task-$i.txt"
  [ -f "$f" ] || { cat "$WORK"/slurm-*.out >&2 2>/dev/null || true; fail "missing output file $f"; }
  got="$(cat "$f")"
  [ "$got" = "$i" ] || fail "$f contains '$got', expected '$i'"
done
n="$(find "$OUT" -name 'task-*.txt' | wc -l)"
[ "$n" -eq "$TASKS" ] || fail "expected $TASKS task files, found $n"

# Concurrency from the tasks' own timestamps (robust against polling gaps).
overlap="$(cat "$OUT"/time-*.txt | awk '
  { s[NR] = $2; e[NR] = $3 }
  END { m = 0
        for (i = 1; i <= NR; i++) { c = 0
          for (j = 1; j <= NR; j++) if (s[j] <= s[i] && e[j] > s[i]) c++
          if (c > m) m = c }
        print m }')"
log "max tasks running at once (from timestamps): $overlap"
node_cpus="$(sinfo -h -n "$SLURM_TEST_NODE" -o '%c' 2>/dev/null | head -n1 || true)"
if [ "${node_cpus:-0}" -ge 2 ] && [ "$overlap" -lt 2 ]; then
  fail "array tasks ran one at a time; expected parallel tasks (check SelectType/CR_CPU)"
fi
log "all $TASKS array tasks wrote their files in $OUT"
