import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/inputError.js';
import { checkOutputDir } from './writeOutputDir.js';

/**
 * Checks before rendering that a report can go into `outDir`: a writable folder whose charts/ urbanize may
 * replace and whose report.html, if any, urbanize wrote. Throws InputError (exit 2) otherwise.
 */
export function checkReportOutDir(outDir: string): void {
  checkOutputDir(outDir);
  checkOutputDir(join(outDir, 'charts'), 'charts');
  const html = join(outDir, 'report.html');
  if (existsSync(html) && !(statSync(html).isFile() && isUrbanizeReport(html))) {
    throw new InputError(`${html}: is not a report urbanize wrote, and it would be overwritten; choose another --out or move it`);
  }
}

/** True when the file starts like the reports reportHtml writes (its title comes within the first lines). */
function isUrbanizeReport(file: string): boolean {
  const head = Buffer.alloc(1024);
  const fd = openSync(file, 'r');
  try {
    return head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8').includes('<title>urbanize report:');
  } finally {
    closeSync(fd);
  }
}
