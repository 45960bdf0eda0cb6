/**
 * Regression: unfinished sweep folders. `report` and `compare` on an interrupted sweep or shard (sweep.json
 * marked incomplete, no tables yet) said "no result.json or sweep.json in it", though sweep.json was there,
 * and inside a parent folder such a sweep was skipped without a word. Now the folder itself is refused with
 * the runs recorded and the command that finishes it, and a parent folder's skipped sweeps are warned of.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/inputError.js';
import { findRunFolders } from '../../src/report/results/findRunFolders.js';
import { openJournal } from '../../src/sweep/journal.js';
import { loadSweep } from '../../src/sweep/loadSweep.js';
import type { Selection } from '../../src/sweep/selection.js';
import { sweepMetadata } from '../../src/sweep/sweepMetadata.js';
import { writeRunFolder } from './fixtures/writeRunFolder.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'urbanize-unfinished-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// six replicates, so a sweep has 6 runs and shard 0/2 has 3
const sweepFile = join(root, 'six.yaml');
writeFileSync(sweepFile, `name: six\nscenarios: [${JSON.stringify(join(ROOT, 'scenarios', 'shanxi', 'baseline.yaml'))}]\nreplicates: 6\nyears: 2020-2022\nscale: 1000\n`);
const sweep = loadSweep(sweepFile);

/** A sweep folder as a stopped `urbanize sweep` leaves it: sweep.json (complete: false) and `recorded` runs in journal.bin. */
function stoppedSweep(dir: string, selection: Selection, recorded: number[]): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'sweep.json'), sweepMetadata(sweep, selection, undefined, []));
  const journal = openJournal(join(dir, 'journal.bin'));
  for (const runId of recorded) journal.append({ runId, status: 'ok', seed: runId, seconds: 1 }, new Float64Array(3));
  journal.close();
  return dir;
}

describe('regression: unfinished sweep folders', () => {
  it('refuses a stopped sweep, counting its runs and giving the command that resumes it', () => {
    const dir = stoppedSweep(join(root, 'stopped'), {}, [0, 1]);
    expect(() => findRunFolders(dir)).toThrow(InputError);
    expect(() => findRunFolders(dir)).toThrow(`${dir}: unfinished sweep, 2 of 6 runs recorded (expected a finished sweep folder): to finish it, rerun \`urbanize sweep ${sweepFile} --out ${dir}\`, which resumes where it stopped`);
  });

  it('refuses a stopped shard, counting the runs of the shard and naming merge', () => {
    const dir = stoppedSweep(join(root, 'shard-0'), { shard: { k: 0, n: 2 } }, [0]);
    expect(() => findRunFolders(dir)).toThrow(/unfinished sweep, 1 of 3 runs recorded .*`urbanize sweep \S+six\.yaml --shard 0\/2 --out \S+shard-0`.*`urbanize merge/);
  });

  it('counts without a total when the sweep file is gone', () => {
    const dir = join(root, 'moved');
    stoppedSweep(dir, {}, [3]);
    writeFileSync(join(dir, 'sweep.json'), sweepMetadata({ ...sweep, file: join(root, 'gone.yaml') }, {}, undefined, []));
    expect(() => findRunFolders(dir)).toThrow(/unfinished sweep, 1 run recorded \(/);
  });

  it('skips unfinished sweeps below a parent folder with a warning, and refuses a parent holding only those', () => {
    const parent = join(root, 'parent');
    const run = writeRunFolder(join(parent, 'run'), { name: 'baseline', hash: 'b', seed: 1, rate: () => 0.6 });
    stoppedSweep(join(parent, 'sweep'), {}, [0, 1, 2]);
    const warnings: string[] = [];
    expect(findRunFolders(parent, { onWarning: (m) => warnings.push(m) })).toEqual([run]);
    expect(warnings).toEqual([expect.stringMatching(/^warning: skipped .*parent\/sweep: unfinished sweep, 3 of 6 runs recorded/)]);
    rmSync(run, { recursive: true });
    expect(() => findRunFolders(parent)).toThrow(/parent\/sweep: unfinished sweep, 3 of 6 runs recorded/);
  });
});
