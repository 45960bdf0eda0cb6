import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv, type CsvTable } from '../../core/csv.js';
import { InputError } from '../../core/inputError.js';
import type { FlowRow } from '../flowRows.js';
import type { RunMetadata } from '../runOutputs.js';
import type { TidyRow } from '../tidyRows.js';
import { resultCell } from './resultCell.js';

/** A finished run folder as `urbanize run` writes it, read back for charts. */
export interface RunFolder {
  dir: string;
  metadata: RunMetadata;
  rows: TidyRow[];
  /** prefecture and tier flows; empty when flows.csv is absent */
  flows: FlowRow[];
  /** `level|id|metric|year` -> value, for quick look-ups */
  values: Map<string, number>;
  /**
   * a sweep run's scenario hash and factor values (`<hash>|key=value|…`), which tell its design point apart
   * across sweeps (the point number counts only within one); absent for a run folder, whose hash says it all
   */
  identity?: string;
}

/** The key of one value in {@link RunFolder.values}. */
export function valueKey(level: string, id: string, metric: string, year: number): string {
  return `${level}|${id}|${metric}|${year}`;
}

/** Reads result.json, results.csv and (if present) flows.csv of a run folder; bad files are an InputError. */
export function readRunFolder(dir: string): RunFolder {
  const abs = resolve(dir);
  const metadata = readMetadata(join(abs, 'result.json'));
  const results = readTable(join(abs, 'results.csv'), 'year,level,id,metric,value');
  const rows = results.rows.map((r, i) => ({
    year: resultCell(results, i, 0, 'whole'), level: r[1], id: r[2], metric: r[3], value: resultCell(results, i, 4, 'na'),
  }));
  const flowsFile = join(abs, 'flows.csv');
  const flowTable = existsSync(flowsFile) ? readTable(flowsFile, 'year,level,from,to,value') : undefined;
  const flows = flowTable
    ? flowTable.rows.map((r, i) => ({
      year: resultCell(flowTable, i, 0, 'whole'), level: r[1] as FlowRow['level'], from: r[2], to: r[3], value: resultCell(flowTable, i, 4),
    }))
    : [];
  const values = new Map<string, number>();
  for (const r of rows) values.set(valueKey(r.level, r.id, r.metric, r.year), r.value);
  return { dir: abs, metadata, rows, flows, values };
}

function readTable(file: string, header: string): CsvTable {
  if (!existsSync(file)) throw new InputError(`${file}: file not found (expected in a run folder written by \`urbanize run\`)`);
  const table = parseCsv(readFileSync(file, 'utf8'), file);
  if (table.header.join(',') !== header) throw new InputError(`${file}:1: header "${table.header.join(',')}" (expected ${header})`);
  return table;
}

function readMetadata(file: string): RunMetadata {
  if (!existsSync(file)) throw new InputError(`${file}: file not found (expected in a run folder written by \`urbanize run\`)`);
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const m = doc as Partial<RunMetadata>;
  const bad = (field: string, expected: string) => new InputError(`${file}: ${field}: missing or wrong type (expected ${expected})`);
  if (typeof m !== 'object' || m === null) throw bad('(root)', 'an object');
  if (typeof m.scenario?.name !== 'string') throw bad('scenario.name', 'a string');
  if (typeof m.scenario.hash !== 'string') throw bad('scenario.hash', 'a string');
  if (typeof m.seed !== 'number') throw bad('seed', 'a number');
  if (typeof m.scale !== 'number') throw bad('scale', 'a number');
  if (typeof m.years?.first !== 'number' || typeof m.years.last !== 'number') throw bad('years', '{ first, last } numbers');
  return m as RunMetadata;
}
