/** The journal records each finished run whole or not at all; a torn tail is cut off on reopening, a damaged record alone is dropped. */
import { appendFileSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { journalRepairText, openJournal, readValues, scanJournal } from '../../src/sweep/journal.js';
import { openSync, closeSync } from 'node:fs';
import { tempDir } from './sweepFiles.js';

const dir = tempDir('journal');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const values = (k: number) => Float64Array.from({ length: 5 }, (_, i) => k * 10 + i + 0.125);

function writeThree(file: string): void {
  const j = openJournal(file);
  for (const k of [0, 1, 2]) j.append({ runId: k, status: 'ok', seed: 100 + k, seconds: 0.5 }, values(k));
  j.close();
}

describe('journal', () => {
  it('gives back every record and its values exactly', () => {
    const file = join(dir, 'a.bin');
    writeThree(file);
    const { entries, validBytes, totalBytes } = scanJournal(file);
    expect(validBytes).toBe(totalBytes);
    expect([...entries.keys()]).toEqual([0, 1, 2]);
    const fd = openSync(file, 'r');
    for (const k of [0, 1, 2]) {
      expect(entries.get(k)!.record).toEqual({ runId: k, status: 'ok', seed: 100 + k, seconds: 0.5 });
      expect(Array.from(readValues(entries.get(k)!, fd))).toEqual(Array.from(values(k)));
      expect(Array.from(readValues(entries.get(k)!, fd, 2, 2))).toEqual(Array.from(values(k).subarray(2, 4)));
    }
    closeSync(fd);
  });

  it('cuts a torn last record (a crash mid-write) and appends after the last whole one', () => {
    const file = join(dir, 'b.bin');
    writeThree(file);
    const whole = statSync(file).size;
    truncateSync(file, whole - 7);
    const j = openJournal(file);
    expect(j.truncatedBytes).toBeGreaterThan(0);
    expect([...j.entries.keys()]).toEqual([0, 1]);
    j.append({ runId: 2, status: 'failed', error: 'boom', seed: 102, seconds: 0.1 });
    j.close();
    const { entries, validBytes, totalBytes } = scanJournal(file);
    expect(validBytes).toBe(totalBytes);
    expect(entries.get(2)!.record.status).toBe('failed');
  });

  it('skips a record whose checksum does not match and reads on after it, and ignores trailing garbage', () => {
    const file = join(dir, 'c.bin');
    writeThree(file);
    const bytes = readFileSync(file);
    const second = scanJournal(file).entries.get(1)!.valuesOffset;
    bytes[second + 3] ^= 0xff;
    writeFileSync(file, bytes);
    expect([...scanJournal(file).entries.keys()]).toEqual([0, 2]);
    const clean = join(dir, 'd.bin');
    writeThree(clean);
    appendFileSync(clean, Buffer.from('not a record at all'));
    expect([...scanJournal(clean).entries.keys()]).toEqual([0, 1, 2]);
  });

  it('lets a later record of a run replace an earlier one (a failed run that succeeded on resume)', () => {
    const file = join(dir, 'e.bin');
    const j = openJournal(file);
    j.append({ runId: 4, status: 'failed', error: 'x', seed: 1, seconds: 0 });
    j.append({ runId: 4, status: 'ok', seed: 1, seconds: 0 }, values(4));
    j.close();
    expect(scanJournal(file).entries.get(4)!.record.status).toBe('ok');
  });

  it('regression: one flipped byte in a middle record drops that record only and says so (it was reported as a torn last record, and all later records were cut)', () => {
    const clean = join(dir, 'f-clean.bin');
    const j = openJournal(clean);
    for (let k = 0; k < 17; k++) j.append({ runId: k, status: 'ok', seed: 100 + k, seconds: 0.5 }, values(k));
    j.close();
    const offsets = [...scanJournal(clean).entries.values()].map((e) => e.valuesOffset);
    const original = readFileSync(clean);
    const ninth = offsets[7] + 5 * 8; // where the 9th record starts: after the 8th record's five values
    for (const [name, at, why] of [['values', offsets[8] + 9, 'checksum mismatch'], ['magic', ninth + 1, 'bad record header'], ['value count', ninth + 9, 'bad record header']] as const) {
      const file = join(dir, `f-${name}.bin`);
      const bytes = Buffer.from(original);
      bytes[at] ^= 0xff;
      writeFileSync(file, bytes);
      const opened = openJournal(file);
      expect(opened.damage.map((d) => d.record)).toEqual([9]);
      expect(journalRepairText(opened.damage, opened.records)).toMatch(new RegExp(`^journal\\.bin is damaged: removed record 9 of 17 \\(${why}, \\d+ bytes at offset \\d+\\); kept the other 16 records; the run it held runs again$`));
      expect([...opened.entries.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16]);
      opened.append({ runId: 8, status: 'ok', seed: 108, seconds: 0.5 }, values(8));
      opened.close();
      const after = scanJournal(file);
      expect(after.damage).toEqual([]);
      expect(after.validBytes).toBe(after.totalBytes);
      const fd = openSync(file, 'r');
      for (let k = 0; k < 17; k++) expect(Array.from(readValues(after.entries.get(k)!, fd))).toEqual(Array.from(values(k)));
      closeSync(fd);
    }
  });

  it('tells a torn last record (normal after kill -9) from a damaged one', () => {
    const file = join(dir, 'g.bin');
    writeThree(file);
    truncateSync(file, statSync(file).size - 7);
    const torn = openJournal(file);
    torn.close();
    expect(journalRepairText(torn.damage, torn.records)).toMatch(/^cut a torn last record \(\d+ bytes, a run interrupted while being recorded\) from journal\.bin; that run runs again$/);
    expect(journalRepairText([], 3)).toBeUndefined();
  });
});
