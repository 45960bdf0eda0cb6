import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/** What the journal keeps of a finished run besides its values. */
export interface RunRecord {
  runId: number;
  status: 'ok' | 'failed';
  error?: string;
  seed: number;
  /** wall seconds of the run on its worker (reported in timings.csv only: it differs between executions) */
  seconds: number;
}

/** Where a recorded run lies: its record and the file offset of its values (Float64, little-endian). */
export interface JournalEntry {
  file: string;
  record: RunRecord;
  valuesOffset: number;
  count: number;
}

const MAGIC = 0x31525a55; // "UZR1"
const HEADER = 16;

/**
 * Reads every whole record of a journal, in file order (a later record of the same run replaces an
 * earlier one). Reading stops at the first torn or corrupt record; `validBytes` is where it starts.
 * Record: magic, meta length, value count, CRC-32 of meta and values (u32 LE each), meta JSON, values.
 */
export function scanJournal(file: string): { entries: Map<number, JournalEntry>; validBytes: number; totalBytes: number } {
  const entries = new Map<number, JournalEntry>();
  if (!existsSync(file)) return { entries, validBytes: 0, totalBytes: 0 };
  const fd = openSync(file, 'r');
  try {
    const total = fstatSync(fd).size;
    const head = Buffer.alloc(HEADER);
    let at = 0;
    while (at + HEADER <= total) {
      readSync(fd, head, 0, HEADER, at);
      const metaLen = head.readUInt32LE(4), count = head.readUInt32LE(8);
      const size = HEADER + metaLen + count * 8;
      if (head.readUInt32LE(0) !== MAGIC || at + size > total) break;
      const body = Buffer.alloc(metaLen + count * 8);
      readSync(fd, body, 0, body.length, at + HEADER);
      if (crc32(body) !== head.readUInt32LE(12)) break;
      let record: RunRecord;
      try { record = JSON.parse(body.subarray(0, metaLen).toString('utf8')); } catch { break; }
      entries.set(record.runId, { file, record, valuesOffset: at + HEADER + metaLen, count });
      at += size;
    }
    return { entries, validBytes: at, totalBytes: total };
  } finally {
    closeSync(fd);
  }
}

/** An open journal for appending; every append is one write followed by fsync, so a record is whole or absent. */
export interface JournalWriter {
  entries: Map<number, JournalEntry>;
  /** `sync` false skips the fsync (bulk copies; close() syncs once) */
  append(record: RunRecord, values?: Float64Array, sync?: boolean): void;
  close(): void;
}

/** Opens (or creates) a journal for appending, first cutting off a torn last record left by a crash. */
export function openJournal(file: string): JournalWriter & { truncatedBytes: number } {
  const { entries, validBytes, totalBytes } = scanJournal(file);
  const fd = openSync(file, existsSync(file) ? 'r+' : 'w+');
  if (validBytes < totalBytes) { ftruncateSync(fd, validBytes); fsyncSync(fd); }
  let end = validBytes;
  return {
    entries,
    truncatedBytes: totalBytes - validBytes,
    append(record, values = new Float64Array(0), sync = true) {
      const meta = Buffer.from(JSON.stringify(record), 'utf8');
      const body = Buffer.concat([meta, Buffer.from(values.buffer, values.byteOffset, values.byteLength)]);
      const head = Buffer.alloc(HEADER);
      head.writeUInt32LE(MAGIC, 0); head.writeUInt32LE(meta.length, 4); head.writeUInt32LE(values.length, 8); head.writeUInt32LE(crc32(body), 12);
      const whole = Buffer.concat([head, body]);
      writeSync(fd, whole, 0, whole.length, end);
      if (sync) fsyncSync(fd);
      entries.set(record.runId, { file, record, valuesOffset: end + HEADER + meta.length, count: values.length });
      end += whole.length;
    },
    close() { fsyncSync(fd); closeSync(fd); },
  };
}

/** Reads `length` values of a recorded run from `start` (for summaries that read a block of cells at a time). */
export function readValues(entry: JournalEntry, fd: number, start = 0, length = entry.count, into: Float64Array = new Float64Array(length)): Float64Array {
  const bytes = Buffer.from(into.buffer, into.byteOffset, length * 8);
  readSync(fd, bytes, 0, length * 8, entry.valuesOffset + start * 8);
  return into;
}
