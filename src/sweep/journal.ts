import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
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
const MAGIC_BYTES = Buffer.from([0x55, 0x5a, 0x52, 0x31]);
const SEARCH_CHUNK = 1 << 20;
/** Largest record metadata read (a run's id, status, seed, time and error message are far smaller). */
const MAX_META = 1 << 24;

/**
 * Bytes of a journal that hold no readable record. `torn`: the file ends inside the record, as after a
 * crash or kill -9 mid-write (normal, and only ever the last record); the others mean damaged bytes.
 */
export interface JournalDamage {
  offset: number;
  bytes: number;
  /** 1-based position of the unreadable record among the records of the file */
  record: number;
  reason: 'torn' | 'checksum' | 'header' | 'metadata';
}

/** What a scan found: the runs, where appends go (`validBytes`), and unreadable stretches in file order. */
export interface JournalScan {
  entries: Map<number, JournalEntry>;
  /** end of the last whole record */
  validBytes: number;
  totalBytes: number;
  /** whole records read */
  records: number;
  damage: JournalDamage[];
}

/**
 * Reads every whole record of a journal, in file order (a later record of the same run replaces an
 * earlier one). Record: magic, meta length, value count, CRC-32 of meta and values (u32 LE each), meta
 * JSON, values. After an unreadable record, reading resumes at the next record whose magic and checksum
 * hold, so one damaged record loses only its own run.
 */
export function scanJournal(file: string): JournalScan {
  const entries = new Map<number, JournalEntry>();
  const damage: JournalDamage[] = [];
  if (!existsSync(file)) return { entries, validBytes: 0, totalBytes: 0, records: 0, damage };
  const fd = openSync(file, 'r');
  try {
    const total = fstatSync(fd).size;
    let at = 0, validBytes = 0, records = 0;
    while (at < total) {
      const r = readRecord(fd, at, total);
      if ('reason' in r) {
        const next = nextRecord(fd, at + 1, total);
        // a length running past the end is a torn write only at the end; before a whole record it is damage
        const reason = r.reason === 'torn' && next < total ? 'header' : r.reason;
        damage.push({ offset: at, bytes: next - at, record: records + damage.length + 1, reason });
        at = next;
        continue;
      }
      entries.set(r.record.runId, { file, record: r.record, valuesOffset: at + HEADER + r.metaLen, count: r.count });
      at += r.size;
      validBytes = at;
      records++;
    }
    return { entries, validBytes, totalBytes: total, records, damage };
  } finally {
    closeSync(fd);
  }
}

/** The record at `at`, or why there is none there. The checksum is taken a chunk at a time: a damaged length may claim gigabytes. */
function readRecord(fd: number, at: number, total: number): { record: RunRecord; metaLen: number; count: number; size: number } | { reason: JournalDamage['reason'] } {
  if (at + HEADER > total) return { reason: 'torn' };
  const head = Buffer.alloc(HEADER);
  readSync(fd, head, 0, HEADER, at);
  if (head.readUInt32LE(0) !== MAGIC) return { reason: 'header' };
  const metaLen = head.readUInt32LE(4), count = head.readUInt32LE(8);
  const size = HEADER + metaLen + count * 8;
  if (at + size > total) return { reason: 'torn' };
  if (metaLen > MAX_META) return { reason: 'header' };
  const meta = Buffer.alloc(metaLen);
  readSync(fd, meta, 0, metaLen, at + HEADER);
  let crc = crc32(meta);
  const chunk = Buffer.alloc(Math.min(SEARCH_CHUNK, count * 8));
  for (let pos = at + HEADER + metaLen, end = at + size; pos < end; pos += chunk.length) {
    const n = readSync(fd, chunk, 0, Math.min(chunk.length, end - pos), pos);
    crc = crc32(chunk.subarray(0, n), crc);
  }
  if (crc !== head.readUInt32LE(12)) return { reason: 'checksum' };
  try {
    const record = JSON.parse(meta.toString('utf8')) as RunRecord;
    if (!Number.isInteger(record?.runId)) return { reason: 'metadata' };
    return { record, metaLen, count, size };
  } catch {
    return { reason: 'metadata' };
  }
}

/** Offset of the first readable record at or after `from`, or `total` when none follows. */
function nextRecord(fd: number, from: number, total: number): number {
  const chunk = Buffer.alloc(SEARCH_CHUNK);
  for (let pos = from; pos < total; pos += SEARCH_CHUNK - (MAGIC_BYTES.length - 1)) {
    const n = readSync(fd, chunk, 0, Math.min(SEARCH_CHUNK, total - pos), pos);
    const seen = chunk.subarray(0, n);
    for (let i = seen.indexOf(MAGIC_BYTES); i >= 0; i = seen.indexOf(MAGIC_BYTES, i + 1)) {
      if (!('reason' in readRecord(fd, pos + i, total))) return pos + i;
    }
    if (pos + n >= total) break;
  }
  return total;
}

/** An open journal for appending; every append is one write followed by fsync, so a record is whole or absent. */
export interface JournalWriter {
  entries: Map<number, JournalEntry>;
  /** `sync` false skips the fsync (bulk copies; close() syncs once) */
  append(record: RunRecord, values?: Float64Array, sync?: boolean): void;
  close(): void;
}

/**
 * Opens (or creates) a journal for appending. A torn last record left by a crash is cut off; damaged
 * records elsewhere are removed by rewriting the journal from its readable records (temporary sibling,
 * then rename), so the records before and after them are kept. `damage` says what was removed.
 */
export function openJournal(file: string): JournalWriter & { truncatedBytes: number; damage: JournalDamage[]; records: number } {
  const scan = scanJournal(file);
  const { damage } = scan;
  const inside = damage.some((d) => d.offset < scan.validBytes);
  const { entries, validBytes, totalBytes } = inside ? rewriteReadable(file, scan) : scan;
  const fd = openSync(file, existsSync(file) ? 'r+' : 'w+');
  if (validBytes < totalBytes) { ftruncateSync(fd, validBytes); fsyncSync(fd); }
  let end = validBytes;
  return {
    entries,
    truncatedBytes: damage.reduce((s, d) => s + d.bytes, 0),
    damage,
    records: scan.records,
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

/** Writes the readable records of a scanned journal into a temporary sibling, renames it over `file` and scans it again. */
function rewriteReadable(file: string, scan: JournalScan): JournalScan {
  const tmp = `${file}.tmp-${process.pid}`;
  const src = openSync(file, 'r');
  const dst = openSync(tmp, 'w');
  try {
    let at = 0;
    for (const d of [...scan.damage, { offset: scan.totalBytes, bytes: 0 }]) {
      for (let pos = at; pos < d.offset; pos += SEARCH_CHUNK) {
        const buf = Buffer.alloc(Math.min(SEARCH_CHUNK, d.offset - pos));
        readSync(src, buf, 0, buf.length, pos);
        writeSync(dst, buf);
      }
      at = d.offset + d.bytes;
    }
    fsyncSync(dst);
  } finally {
    closeSync(src);
    closeSync(dst);
  }
  renameSync(tmp, file);
  return scanJournal(file);
}

/**
 * One line on what {@link openJournal} removed, for resume messages: a torn last record (normal after a
 * crash), or damaged records with the number kept around them; undefined when nothing was removed.
 */
export function journalRepairText(damage: readonly JournalDamage[], records: number): string | undefined {
  if (damage.length === 0) return undefined;
  const total = records + damage.length;
  const [only] = damage;
  if (damage.length === 1 && only.reason === 'torn' && only.record === total) {
    return `cut a torn last record (${only.bytes} bytes, a run interrupted while being recorded) from journal.bin; that run runs again`;
  }
  const why: Record<JournalDamage['reason'], string> = { torn: 'cut short', checksum: 'checksum mismatch', header: 'bad record header', metadata: 'unreadable metadata' };
  const list = damage.map((d) => `record ${d.record} of ${total} (${why[d.reason]}, ${d.bytes} bytes at offset ${d.offset})`).join(', ');
  const plural = damage.length > 1;
  return `journal.bin is damaged: removed ${list}; kept the other ${records} record${records === 1 ? '' : 's'}; the run${plural ? 's' : ''} ${plural ? 'they' : 'it'} held run${plural ? '' : 's'} again`;
}

/** Reads `length` values of a recorded run from `start` (for summaries that read a block of cells at a time). */
export function readValues(entry: JournalEntry, fd: number, start = 0, length = entry.count, into: Float64Array = new Float64Array(length)): Float64Array {
  const bytes = Buffer.from(into.buffer, into.byteOffset, length * 8);
  readSync(fd, bytes, 0, length * 8, entry.valuesOffset + start * 8);
  return into;
}
