import { InputError } from './inputError.js';

/** A parsed CSV table: header names and rows of raw strings, with the file for error messages. */
export interface CsvTable {
  file: string;
  header: string[];
  rows: string[][];
  /** 1-based line number of each row in the file (blank lines are skipped, not renumbered) */
  lines: number[];
}

/** Parses simple CSV (quoted fields allowed, no embedded newlines), as the data files use. */
export function parseCsv(text: string, file: string): CsvTable {
  const numbered = text.replace(/\r\n?/g, '\n').split('\n').map((l, i) => ({ l, n: i + 1 })).filter(({ l }) => l.length > 0);
  if (numbered.length === 0) throw new InputError(`${file}: empty CSV file (expected a header line)`);
  const header = splitCsvLine(numbered[0].l);
  const body = numbered.slice(1);
  const rows = body.map(({ l, n }) => {
    const row = splitCsvLine(l);
    if (row.length !== header.length) {
      throw new InputError(`${file}:${n}: has ${row.length} fields (expected ${header.length}, as in the header)`);
    }
    return row;
  });
  return { file, header, rows, lines: body.map(({ n }) => n) };
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur); cur = ''; }
    else cur += c;
  }
  out.push(cur);
  return out;
}

/** Column index by name, or a clear error naming the file and the missing column. */
export function columnIndex(table: CsvTable, name: string): number {
  const i = table.header.indexOf(name);
  if (i < 0) throw new InputError(`${table.file}:1: missing column "${name}" (expected in the header)`);
  return i;
}

/** Reads a numeric cell; empty cells give `fallback` when one is given, otherwise an error. */
export function numberCell(table: CsvTable, row: number, name: string, fallback?: number): number {
  const raw = table.rows[row][columnIndex(table, name)].trim();
  if (raw === '' && fallback !== undefined) return fallback;
  const v = Number(raw);
  if (raw === '' || !Number.isFinite(v)) {
    throw new InputError(`${table.file}:${table.lines[row]}: ${name}: "${raw}" is not a number (expected a finite number)`);
  }
  return v;
}
