import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { InputError } from '../../core/inputError.js';
import { PACKAGE_ROOT } from '../../core/packageRoot.js';
import { BUILTIN_CENSUS_YEAR } from '../../scenario/checkScenario.js';
import { scaleProblem } from '../../scenario/scaleLimit.js';
import { MAX_THREADS } from '../../core/limits.js';

/** Arguments of `urbanize bench`. */
export interface BenchArgs {
  scales: string;
  threads: string;
}

/** `urbanize bench`: the speed benchmarks of bench/ (the same as `npm run bench`), from a repository clone. */
export const benchCommand: CommandModule<object, BenchArgs> = {
  command: 'bench',
  describe: 'Run the speed benchmarks (full runs by scale and threads, Schelling yardstick) from a repository clone; figures only',
  builder: (y: Argv) =>
    y
      .option('scales', { type: 'string', default: '100,10,1', describe: 'comma-separated scales (persons per agent)' })
      .option('threads', { type: 'string', default: '1,2', describe: 'comma-separated thread counts' })
      .example('$0 bench', 'scales 100, 10 and 1 with 1 and 2 threads, then the Schelling yardstick')
      .example('$0 bench --scales 10 --threads 1,2,4', 'one scale, up to 4 threads') as Argv<BenchArgs>,
  handler: (argv) => {
    const scales = '(expected persons per agent above 0, e.g. 100,10,1)';
    checkList('--scales', argv.scales, scales, (v) => (v > 0 ? scaleProblem(v, undefined, BUILTIN_CENSUS_YEAR) : `is not above 0 ${scales}`));
    const threads = `(expected whole numbers of threads from 1 to ${MAX_THREADS}, e.g. 1,2,4)`;
    checkList('--threads', argv.threads, threads, (v) => (Number.isInteger(v) && v >= 1 && v <= MAX_THREADS ? undefined : `is not a thread count ${threads}`));
    const script = join(PACKAGE_ROOT, 'dist', 'bench', 'index.js');
    if (!existsSync(script)) throw new InputError(`benchmarks not built (${script}): they ship with the repository; run npm run build in a clone`);
    const r = spawnSync(process.execPath, [script], { stdio: 'inherit', env: { ...process.env, BENCH_SCALES: argv.scales, BENCH_THREADS: argv.threads } });
    if (r.status !== 0) process.exitCode = 1;
  },
};

/**
 * Checks a comma-separated list of numbers before any benchmark starts (a bad value would otherwise fail
 * inside bench/runScale.js, with its stack trace, after the earlier benchmarks ran).
 */
function checkList(name: string, list: string, expected: string, problem: (v: number) => string | undefined): void {
  for (const item of list.split(',')) {
    const text = item.trim();
    const bad = /^\d+(\.\d+)?(e\d+)?$/i.test(text) ? problem(Number(text)) : `is not a number ${expected}`;
    if (bad !== undefined) throw new InputError(`${name} ${list}: ${text === '' ? 'an empty item' : text} ${bad}`);
  }
}
