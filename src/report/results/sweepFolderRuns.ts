import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { columnIndex, parseCsv } from '../../core/csv.js';
import { InputError } from '../../core/inputError.js';
import type { TidyRow } from '../tidyRows.js';
import { valueKey, type RunFolder } from './runFolder.js';

/** True when `dir` is a sweep folder (`urbanize sweep`): sweep.json, runs.csv and results.csv. */
export function isSweepFolder(dir: string): boolean {
  return existsSync(join(dir, 'sweep.json')) && existsSync(join(dir, 'runs.csv'));
}

interface SweepJson {
  version?: string;
  sweep?: { description?: string };
  scale?: number | null;
  years?: { first: number; last: number } | null;
  factors?: { key: string }[];
  scenarios?: { label: string; name: string; file?: string; hash: string }[];
}

/**
 * The finished runs of a sweep folder as run folders (flows are not kept by sweeps, so the map has no
 * arrows). Runs of one scenario at one design point are the seeds of one "scenario" in the report;
 * where the sweep varies factors, each design point is its own entry, labelled with its factor values.
 */
export function sweepFolderRuns(dir: string): RunFolder[] {
  const abs = resolve(dir);
  const metaFile = join(abs, 'sweep.json');
  let meta: SweepJson;
  try {
    meta = JSON.parse(readFileSync(metaFile, 'utf8')) as SweepJson;
  } catch (err) {
    throw new InputError(`${metaFile}: not valid JSON (${(err as Error).message})`);
  }
  const resultsFile = join(abs, 'results.csv');
  if (!existsSync(resultsFile)) throw new InputError(`${resultsFile}: file not found (expected in a finished sweep folder)`);
  const runs = parseCsv(readFileSync(join(abs, 'runs.csv'), 'utf8'), join(abs, 'runs.csv'));
  const results = parseCsv(readFileSync(resultsFile, 'utf8'), resultsFile);
  if (results.header.join(',') !== 'runId,year,level,id,metric,value') throw new InputError(`${resultsFile}:1: header "${results.header.join(',')}" (expected runId,year,level,id,metric,value)`);
  const seconds = readTimings(join(abs, 'timings.csv'));
  const rowsOf = new Map<string, TidyRow[]>();
  for (const r of results.rows) {
    let rows = rowsOf.get(r[0]);
    if (!rows) rowsOf.set(r[0], (rows = []));
    rows.push({ year: Number(r[1]), level: r[2], id: r[3], metric: r[4], value: r[5] === 'NA' ? NaN : Number(r[5]) });
  }
  const factors = (meta.factors ?? []).map((f) => f.key);
  const col = (name: string) => columnIndex(runs, name);
  const out: RunFolder[] = [];
  for (const r of runs.rows) {
    const rows = rowsOf.get(r[col('runId')]);
    if (r[col('status')] !== 'ok' || !rows) continue;
    const label = r[col('scenario')];
    const scenario = meta.scenarios?.find((s) => s.label === label);
    const point = factors.length > 0 ? ` [${factors.map((f) => `${f}=${r[col(f)]}`).join(', ')}]` : '';
    const years = rows.map((x) => x.year);
    const values = new Map<string, number>();
    for (const x of rows) values.set(valueKey(x.level, x.id, x.metric, x.year), x.value);
    out.push({
      dir: `${abs}#run-${r[col('runId')]}`,
      metadata: {
        tool: 'urbanize', version: meta.version ?? 'unknown',
        scenario: { name: `${label}${point}`, description: meta.sweep?.description ?? '', file: scenario?.file, hash: `${scenario?.hash ?? label}${point ? `|point=${r[col('point')]}` : ''}` },
        seed: Number(r[col('seed')]), scale: meta.scale ?? NaN,
        years: meta.years ?? { first: Math.min(...years), last: Math.max(...years) },
        agents: { initial: 0, final: 0 }, timings: { setupMs: 0, simulateMs: (seconds.get(r[col('runId')]) ?? 0) * 1000, stageMs: {} },
        params: {}, files: [],
      },
      rows, flows: [], values,
    });
  }
  if (out.length === 0) throw new InputError(`${abs}: no finished runs in this sweep folder (expected runs with status ok in runs.csv)`);
  return out;
}

function readTimings(file: string): Map<string, number> {
  if (!existsSync(file)) return new Map();
  const t = parseCsv(readFileSync(file, 'utf8'), file);
  return new Map(t.rows.map((r) => [r[columnIndex(t, 'runId')], Number(r[columnIndex(t, 'seconds')])]));
}
