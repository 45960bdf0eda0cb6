/** The journal records each finished run whole or not at all; a torn tail is cut off on reopening. */
import { appendFileSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openJournal, readValues, scanJournal } from '../../src/sweep/journal.js';
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

  it('stops at a record whose checksum does not match, and at trailing garbage', () => {
    const file = join(dir, 'c.bin');
    writeThree(file);
    const bytes = readFileSync(file);
    const second = scanJournal(file).entries.get(1)!.valuesOffset;
    bytes[second + 3] ^= 0xff;
    writeFileSync(file, bytes);
    expect([...scanJournal(file).entries.keys()]).toEqual([0]);
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
});
