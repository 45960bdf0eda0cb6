/** `runSweep` checks its options before it writes anything. */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSweep } from '../../src/api/runSweep.js';
import { InputError } from '../../src/core/inputError.js';
import { tempDir, writeSweep } from '../sweep/sweepFiles.js';

const dir = tempDir('runsweep-api');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runSweep', () => {
  it('regression: refuses workers that are not an integer from 0 to 256, before writing (-1 wrote a "complete" sweep of missing runs)', async () => {
    const file = writeSweep(dir, 'tiny.yaml', 'scenarios: [baseline]\nreplicates: 2\nyears: 2020-2021\nscale: 1000\n');
    for (const workers of [-1, Number.NaN, 1.5, 257]) {
      const out = join(dir, `workers-${workers}`);
      await expect(runSweep(file, { out, workers })).rejects.toThrow(InputError);
      await expect(runSweep(file, { out, workers })).rejects.toThrow(`--workers ${workers}: expected an integer from 0 (the main thread) to 256`);
      expect(existsSync(out)).toBe(false);
    }
  });
});
