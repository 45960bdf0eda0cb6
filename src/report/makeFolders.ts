import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Creates `dir` and its missing parents one at a time. Not `mkdirSync(dir, { recursive: true })`: Node's
 * recursive mkdir retries forever, at 100% CPU and deaf to Ctrl-C, where mkdir says ENOENT under an
 * existing parent (/proc/x).
 */
export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}
