#!/usr/bin/env bash
# Install the Debian packages needed for a local single-node Slurm cluster
# (slurmctld + slurmd + munge). Idempotent: does nothing when the binaries
# are already present. Must run as root (CI runs as root).
set -euo pipefail

log() { echo "[slurm-install] $*" >&2; }

need=(slurmctld slurmd sinfo sbatch squeue scontrol munged)
missing=()
for b in "${need[@]}"; do
  command -v "$b" >/dev/null 2>&1 || missing+=("$b")
done
# mungekey ships with munge >= 0.5.14 (bookworm); not required (dd fallback).

if [ "${#missing[@]}" -eq 0 ]; then
  log "slurm-wlm and munge already installed ($(slurmd -V 2>/dev/null || echo '?'))"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  log "ERROR: missing binaries (${missing[*]}) and not running as root; cannot apt-get install"
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
pkgs=(slurm-wlm munge)

log "missing: ${missing[*]}; installing ${pkgs[*]}"
# Try without an update first (fast path when package lists are fresh);
# on failure refresh the lists and retry once.
if ! apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/tmp/urbanize-slurm-apt.log 2>&1; then
  log "apt-get install failed without update; running apt-get update and retrying"
  apt-get update -qq >>/tmp/urbanize-slurm-apt.log 2>&1 || {
    cat /tmp/urbanize-slurm-apt.log >&2
    log "ERROR: apt-get update failed"
    exit 1
  }
  if ! apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >>/tmp/urbanize-slurm-apt.log 2>&1; then
    tail -n 50 /tmp/urbanize-slurm-apt.log >&2
    log "ERROR: apt-get install ${pkgs[*]} failed"
    exit 1
  fi
fi

for b in "${need[@]}"; do
  if ! command -v "$b" >/dev/null 2>&1; then
    tail -n 50 /tmp/urbanize-slurm-apt.log >&2
    log "ERROR: $b still missing after install"
    exit 1
  fi
done
log "installed: $(slurmd -V 2>/dev/null || echo '?')"
