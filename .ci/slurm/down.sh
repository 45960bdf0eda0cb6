#!/usr/bin/env bash
# Tear down the cluster started by .ci/slurm/up.sh: cancel its jobs, then stop
# slurmd, slurmctld and (only if up.sh started it) munged, by the PIDs in the
# state dir's pid files. Tolerates daemons that are already gone. Keeps the
# state dir (logs, job output) for inspection; up.sh wipes it on the next start.
set -euo pipefail

STATE="${SLURM_STATE_DIR:-/tmp/urbanize-slurm}"
CONF="$STATE/etc/slurm.conf"

log() { echo "[slurm-down] $*" >&2; }

if [ ! -d "$STATE" ]; then
  log "no state dir $STATE; nothing to stop"
  exit 0
fi

# Is PID alive and really the daemon we expect (guards against reused PIDs)?
is_ours() {
  local pid="$1" name="$2" comm
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
  comm="$(cat "/proc/$pid/comm" 2>/dev/null || true)"
  [ "$comm" = "$name" ]
}

stop_pidfile() {
  local name="$1" pidfile="$2" pid
  if [ ! -f "$pidfile" ]; then
    log "$name: no pid file ($pidfile); assuming not running"
    return 0
  fi
  pid="$(tr -dc '0-9' <"$pidfile" 2>/dev/null || true)"
  if ! is_ours "$pid" "$name"; then
    log "$name: pid '${pid:-?}' not running; already stopped"
    rm -f "$pidfile"
    return 0
  fi
  log "$name: stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do          # up to ~10 s
    is_ours "$pid" "$name" || break
    sleep 0.1
  done
  if is_ours "$pid" "$name"; then
    log "$name: pid $pid ignored SIGTERM; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      is_ours "$pid" "$name" || break
      sleep 0.1
    done
  fi
  if is_ours "$pid" "$name"; then
    log "WARNING: $name pid $pid still alive"
  else
    rm -f "$pidfile"
  fi
}

# Cancel jobs still in the queue so slurmstepd/job processes do not outlive the
# cluster (only possible while slurmctld answers).
if [ -f "$CONF" ] && [ -f "$STATE/slurmctld.pid" ] \
   && is_ours "$(tr -dc '0-9' <"$STATE/slurmctld.pid")" slurmctld; then
  export SLURM_CONF="$CONF"
  jobs="$(timeout 10 squeue -h -o '%A' 2>/dev/null || true)"
  if [ -n "$jobs" ]; then
    log "cancelling jobs: $(echo "$jobs" | tr '\n' ' ')"
    # shellcheck disable=SC2086
    timeout 10 scancel $jobs 2>/dev/null || true
    for _ in $(seq 1 50); do         # up to ~10 s for them to leave the queue
      [ -z "$(timeout 10 squeue -h -o '%A' 2>/dev/null || true)" ] && break
      sleep 0.2
    done
  fi
fi

stop_pidfile slurmd "$STATE/slurmd.pid"
stop_pidfile slurmctld "$STATE/slurmctld.pid"
# munged.pid in the state dir exists only when up.sh started munged itself.
stop_pidfile munged "$STATE/munged.pid"
log "done"
