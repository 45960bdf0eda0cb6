import { InputError } from '../core/inputError.js';

/** Which runs of a sweep this process runs: a shard k of N (runs with runId % N == k) and/or a list of run ids. */
export interface Selection {
  shard?: { k: number; n: number };
  only?: number[];
}

/**
 * Parses `--shard k/N` (k from 0 to N-1) or `auto/N`, which takes k from the Slurm array task id
 * (`slurmTaskId`, the value of SLURM_ARRAY_TASK_ID; the array must be 0-(N-1)).
 */
export function parseShard(text: string, slurmTaskId?: string): { k: number; n: number } {
  const m = /^(auto|\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new InputError(`--shard ${text}: expected k/N with 0 ≤ k < N (e.g. 0/4), or auto/N`);
  const n = Number(m[2]);
  if (n < 1) throw new InputError(`--shard ${text}: N must be at least 1`);
  let kText = m[1];
  if (kText === 'auto') {
    if (slurmTaskId === undefined || !/^\d+$/.test(slurmTaskId)) throw new InputError(`--shard ${text}: SLURM_ARRAY_TASK_ID is ${slurmTaskId === undefined ? 'not set' : `"${slurmTaskId}"`} (expected to run inside a Slurm array job, --array=0-${n - 1})`);
    kText = slurmTaskId;
  }
  const k = Number(kText);
  if (k >= n) throw new InputError(`--shard ${text}: shard ${k} is out of range (expected 0 to ${n - 1}${m[1] === 'auto' ? `; submit the array as --array=0-${n - 1}` : ''})`);
  return { k, n };
}

/** Parses `--only 3,7,10-12` against the number of runs. */
export function parseOnly(text: string, total: number): number[] {
  const ids = new Set<number>();
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) throw new InputError(`--only ${text}: "${part}" is not a run id or range (expected e.g. 3,7,10-12)`);
    const a = Number(m[1]), b = Number(m[2] ?? m[1]);
    if (b < a) throw new InputError(`--only ${text}: the range ${part} is reversed (expected FIRST-LAST with FIRST ≤ LAST, e.g. ${b}-${a})`);
    if (b >= total) throw new InputError(`--only ${text}: ${part} is out of range (expected run ids 0 to ${total - 1})`);
    for (let i = a; i <= b; i++) ids.add(i);
  }
  if (ids.size === 0) throw new InputError(`--only ${text}: no run ids (expected e.g. 3,7,10-12)`);
  return [...ids].sort((x, y) => x - y);
}

/** The run ids a selection keeps, in order. */
export function selectRuns(total: number, selection: Selection): number[] {
  const only = selection.only ? new Set(selection.only) : undefined;
  const out: number[] = [];
  for (let i = 0; i < total; i++) {
    if (selection.shard && i % selection.shard.n !== selection.shard.k) continue;
    if (only && !only.has(i)) continue;
    out.push(i);
  }
  return out;
}

/** The selection as text for sweep.json and messages: "all", "shard 1/4", "runs 3,7". */
export function selectionText(selection: Selection): string {
  const parts: string[] = [];
  if (selection.shard) parts.push(`shard ${selection.shard.k}/${selection.shard.n}`);
  if (selection.only) parts.push(`runs ${selection.only.join(',')}`);
  return parts.length > 0 ? parts.join(', ') : 'all';
}

/** The selection given by the --shard / --only options of a sweep of `runCount` runs (undefined: all). */
export function selectionOf(options: { shard?: string; slurmTaskId?: string; only?: string }, runCount: number): Selection {
  return {
    shard: options.shard === undefined ? undefined : parseShard(options.shard, options.slurmTaskId),
    only: options.only === undefined ? undefined : parseOnly(options.only, runCount),
  };
}
