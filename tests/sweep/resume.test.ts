/** Resuming a sweep folder: what a crash leaves behind is cleaned up and reported truthfully. */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSweep } from '../../src/api/runSweep.js';
import { scanJournal } from '../../src/sweep/journal.js';
import { tempDir, writeSweep } from './sweepFiles.js';

const dir = tempDir('resume');
let file: string;
let full: string;
const TABLES = ['runs.csv', 'results.csv', 'summary.csv'];
beforeAll(async () => {
  file = writeSweep(dir, 'resume.yaml', 'name: resume\nscenarios: [baseline]\nreplicates: 5\nyears: 2020-2021\nscale: 1000\n');
  full = join(dir, 'full');
  await runSweep(file, { out: full, workers: 0 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resuming a sweep', () => {
  it('regression: removes the temporary files of tables a kill -9 interrupted (results.csv.tmp-<pid> stayed forever)', async () => {
    const out = join(dir, 'stale');
    await runSweep(file, { out, workers: 0 });
    for (const f of ['results.csv.tmp-999999', 'summary.csv.tmp-12', 'journal.bin.tmp-7', 'sweep.json.tmp-3']) writeFileSync(join(out, f), 'half');
    writeFileSync(join(out, 'notes.tmp-1'), 'not ours');
    await runSweep(file, { out, workers: 0 });
    expect(readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual(['notes.tmp-1']);
    for (const t of TABLES) expect(readFileSync(join(out, t), 'utf8')).toBe(readFileSync(join(full, t), 'utf8'));
  });

  it('regression: a damaged middle record of journal.bin reruns that run only and says so (it was called a torn last record, and the later records were dropped)', async () => {
    const out = join(dir, 'flipped');
    rmSync(out, { recursive: true, force: true });
    await runSweep(file, { out, workers: 0 });
    const journal = join(out, 'journal.bin');
    const third = scanJournal(journal).entries.get(2)!;
    const bytes = readFileSync(journal);
    bytes[third.valuesOffset + 3] ^= 0xff;
    writeFileSync(journal, bytes);
    const log: string[] = [];
    const r = await runSweep(file, { out, workers: 0, onLog: (m) => log.push(m) });
    expect(log[0]).toMatch(new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: journal\\.bin is damaged: removed record 3 of 5 \\(checksum mismatch, \\d+ bytes at offset \\d+\\); kept the other 4 records; the run it held runs again$`));
    expect([r.resumed, r.ran]).toEqual([4, 1]);
    for (const t of TABLES) expect(readFileSync(join(out, t), 'utf8')).toBe(readFileSync(join(full, t), 'utf8'));
  });
});
