import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../core/packageRoot.js';

/**
 * The compiled sweep worker. From dist/ it sits next to this module; when this module runs from the
 * TypeScript sources (tests), the worker comes from dist/ and needs `npm run build` first.
 */
export function sweepWorkerUrl(): URL {
  const here = new URL('./sweepWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = join(PACKAGE_ROOT, 'dist', 'src', 'parallel', 'sweepWorker.js');
  if (!existsSync(built)) throw new Error(`sweep worker not built (${built}); run npm run build`);
  return pathToFileURL(built);
}
