import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { columnIndex, parseCsv } from '../../core/csv.js';
import { InputError } from '../../core/inputError.js';
import type { TidyRow } from '../tidyRows.js';
import { resultCell } from './resultCell.js';
import { valueKey, type RunFolder } from './runFolder.js';

/**
 * True when `dir` is a sweep folder (`urbanize sweep` or `merge`): it has sweep.json, whether finished
 * (runs.csv and results.csv written) or not (see unfinishedSweep).
 */
export function isSweepFolder(dir: string): boolean {
  return existsSync(join(dir, 'sweep.json'));
}

interface SweepJson {
  version?: string;
  sweep?: { description?: string; hash?: string };
  scale?: number | null;
  years?: { first: number; last: number } | null;
  factors?: { key: string }[];
  scenarios?: { label: string; name: string; file?: string; hash: string }[];
  design?: { type: string };
}

/**
 * Designs whose points sample parameter space (Latin hypercube, Sobol', Morris): one point means little
 * alone, and fifty lines made the fan chart unreadable, so the report pools them per scenario into one band
 * of parameter and seed uncertainty. Grid and list points are deliberate alternatives and stay apart.
 */
const SAMPLED_DESIGNS: Record<string, string> = { lhs: 'LHS', sobol: "Sobol'", morris: 'Morris' };

/**
 * The finished runs of a sweep folder as run folders (flows are not kept by sweeps, so the map has no
 * arrows). Runs of one scenario at one design point are the seeds of one "scenario" in the report;
 * where a grid or list varies factors, each design point is its own entry, labelled with its factor values;
 * the points of a sampled design pool per scenario ("baseline (LHS sets)").
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
  const runsFile = join(abs, 'runs.csv');
  for (const f of [runsFile, resultsFile]) if (!existsSync(f)) throw new InputError(`${f}: file not found (expected in a finished sweep folder)`);
  const runs = parseCsv(readFileSync(runsFile, 'utf8'), runsFile);
  const results = parseCsv(readFileSync(resultsFile, 'utf8'), resultsFile);
  if (results.header.join(',') !== 'runId,year,level,id,metric,value') throw new InputError(`${resultsFile}:1: header "${results.header.join(',')}" (expected runId,year,level,id,metric,value)`);
  const seconds = readTimings(join(abs, 'timings.csv'));
  const col = (name: string) => columnIndex(runs, name);
  const okRuns = new Set<number>();
  runs.rows.forEach((r, i) => { if (r[col('status')] === 'ok') okRuns.add(resultCell(runs, i, col('runId'), 'whole')); });
  // every row belongs to a run listed ok in runs.csv and every such run has rows: a damaged table stops
  // the report rather than leaving seeds out unseen
  const rowsOf = new Map<number, TidyRow[]>();
  results.rows.forEach((r, i) => {
    const id = resultCell(results, i, 0, 'whole');
    if (!okRuns.has(id)) throw new InputError(`${resultsFile}:${results.lines[i]}: run ${id} is not a run with status ok in runs.csv (expected results of finished runs only)`);
    let rows = rowsOf.get(id);
    if (!rows) rowsOf.set(id, (rows = []));
    rows.push({ year: resultCell(results, i, 1, 'whole'), level: r[2], id: r[3], metric: r[4], value: resultCell(results, i, 5, 'na') });
  });
  const factors = (meta.factors ?? []).map((f) => f.key);
  const sampled = factors.length > 0 ? SAMPLED_DESIGNS[meta.design?.type ?? ''] : undefined;
  // Pooled points belong to their sweep: shards of one sweep pool, two sweeps stay apart (told apart by hash).
  const sweepHash = meta.sweep?.hash ?? abs;
  const out: RunFolder[] = [];
  for (const [i, r] of runs.rows.entries()) {
    if (r[col('status')] !== 'ok') continue;
    const runId = resultCell(runs, i, col('runId'), 'whole');
    const rows = rowsOf.get(runId);
    if (!rows) throw new InputError(`${runsFile}:${runs.lines[i]}: run ${runId} has status ok but no rows in results.csv (expected its results there)`);
    const label = r[col('scenario')];
    const scenario = meta.scenarios?.find((s) => s.label === label);
    // Without the number of points: shards of one sweep hold different numbers and must pool.
    const point = sampled ? ` (${sampled} sets)` : factors.length > 0 ? ` [${factors.map((f) => `${f}=${r[col(f)]}`).join(', ')}]` : '';
    const years = rows.map((x) => x.year);
    const values = new Map<string, number>();
    for (const x of rows) values.set(valueKey(x.level, x.id, x.metric, x.year), x.value);
    out.push({
      dir: `${abs}#run-${runId}`,
      metadata: {
        tool: 'urbanize', version: meta.version ?? 'unknown',
        scenario: { name: `${label}${point}`, description: meta.sweep?.description ?? '', file: scenario?.file, hash: sampled ? sweepHash : `${scenario?.hash ?? label}${point ? `|point=${r[col('point')]}` : ''}` },
        seed: resultCell(runs, i, col('seed'), 'whole'), scale: meta.scale ?? NaN,
        years: meta.years ?? { first: Math.min(...years), last: Math.max(...years) },
        agents: { initial: 0, final: 0 }, timings: { setupMs: 0, simulateMs: (seconds.get(runId) ?? 0) * 1000, stageMs: {} },
        params: Object.fromEntries(factors.map((f) => [f, Number(r[col(f)])])), files: [],
      },
      rows, flows: [], values, identity: [scenario?.hash ?? label, ...(sampled ? [`${sampled} sets of ${sweepHash}`] : factors.map((f) => `${f}=${r[col(f)]}`))].join('|'),
    });
  }
  if (out.length === 0) throw new InputError(`${abs}: no finished runs in this sweep folder (expected runs with status ok in runs.csv)`);
  return out;
}

/** Seconds per run id; NA (a run not recorded) counts as no time. */
function readTimings(file: string): Map<number, number> {
  if (!existsSync(file)) return new Map();
  const t = parseCsv(readFileSync(file, 'utf8'), file);
  const [id, seconds] = [columnIndex(t, 'runId'), columnIndex(t, 'seconds')];
  return new Map(t.rows.map((_, i) => [resultCell(t, i, id, 'whole'), resultCell(t, i, seconds, 'na') || 0]));
}
