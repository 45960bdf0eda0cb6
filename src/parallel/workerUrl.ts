import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../core/packageRoot.js';

/**
 * A compiled worker script of src/parallel/ by file name. From dist/ it sits next to this module; when
 * this module runs from the TypeScript sources (tests), the worker comes from dist/ (`npm run build` first).
 */
export function workerUrl(file: string): URL {
  const here = new URL(`./${file}`, import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = join(PACKAGE_ROOT, 'dist', 'src', 'parallel', file);
  if (!existsSync(built)) throw new Error(`worker ${file} not built (${built}); run npm run build`);
  return pathToFileURL(built);
}
