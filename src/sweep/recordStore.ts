import { closeSync, openSync } from 'node:fs';
import { readValues, type JournalEntry } from './journal.js';

/** Read access to recorded runs across one or more journals (a sweep folder, or the shards of a merge). */
export interface RecordStore {
  entry(runId: number): JournalEntry | undefined;
  /** values [start, start + length) of a run that finished ok */
  read(runId: number, start: number, length: number, into?: Float64Array): Float64Array;
  close(): void;
}

/** A store over journal entries; files are opened once, on first read. */
export function recordStore(entries: ReadonlyMap<number, JournalEntry>): RecordStore {
  const fds = new Map<string, number>();
  return {
    entry: (runId) => entries.get(runId),
    read(runId, start, length, into) {
      const e = entries.get(runId);
      if (!e) throw new Error(`run ${runId} is not recorded`);
      let fd = fds.get(e.file);
      if (fd === undefined) fds.set(e.file, (fd = openSync(e.file, 'r')));
      return readValues(e, fd, start, length, into);
    },
    close() {
      for (const fd of fds.values()) closeSync(fd);
      fds.clear();
    },
  };
}
