import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { InputError } from '../../core/inputError.js';
import { PACKAGE_ROOT } from '../../core/packageRoot.js';

/** Arguments of `urbanize bench`. */
export interface BenchArgs {
  scales: string;
  threads: string;
}

/** `urbanize bench`: the speed benchmarks of bench/ (the same as `npm run bench`), from a repository clone. */
export const benchCommand: CommandModule<object, BenchArgs> = {
  command: 'bench',
  describe: 'Run the speed benchmarks (full runs by scale and threads, Schelling yardstick); figures only',
  builder: (y: Argv) =>
    y
      .option('scales', { type: 'string', default: '100,10,1', describe: 'comma-separated scales (persons per agent)' })
      .option('threads', { type: 'string', default: '1,2', describe: 'comma-separated thread counts' })
      .example('$0 bench', 'scales 100, 10 and 1 with 1 and 2 threads, then the Schelling yardstick')
      .example('$0 bench --scales 10 --threads 1,2,4', 'one scale, up to 4 threads') as Argv<BenchArgs>,
  handler: (argv) => {
    for (const [name, list] of [['--scales', argv.scales], ['--threads', argv.threads]] as const) {
      if (!/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/.test(list)) throw new InputError(`${name} ${list}: expected comma-separated numbers, e.g. 100,10,1`);
    }
    const script = join(PACKAGE_ROOT, 'dist', 'bench', 'index.js');
    if (!existsSync(script)) throw new InputError(`benchmarks not built (${script}): they ship with the repository; run npm run build in a clone`);
    const r = spawnSync(process.execPath, [script], { stdio: 'inherit', env: { ...process.env, BENCH_SCALES: argv.scales, BENCH_THREADS: argv.threads } });
    if (r.status !== 0) process.exitCode = 1;
  },
};
