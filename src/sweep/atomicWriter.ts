import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/** A file written through a temporary sibling and renamed into place on close: readers never see it half-written. */
export interface AtomicWriter {
  write(text: string): void;
  close(): void;
  abort(): void;
}

const CHUNK = 1 << 20;

/** Opens `path` for an atomic, buffered, streaming write (memory stays at about 1 MB for files of any size). */
export function atomicWriter(path: string): AtomicWriter {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  let buffer: string[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    writeSync(fd, buffer.join(''));
    buffer = [];
    size = 0;
  };
  return {
    write(text) {
      buffer.push(text);
      size += text.length;
      if (size >= CHUNK) flush();
    },
    close() {
      flush();
      fsyncSync(fd);
      closeSync(fd);
      renameSync(tmp, path);
    },
    abort() {
      closeSync(fd);
      rmSync(tmp, { force: true });
    },
  };
}

/** Writes a whole small file atomically. */
export function writeFileAtomic(path: string, text: string): void {
  const w = atomicWriter(path);
  w.write(text);
  w.close();
}
