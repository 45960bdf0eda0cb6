import type { Argv, CommandModule } from 'yargs';
import { mergeShards } from '../../api/mergeShards.js';
import { printResult, type OutputOptions } from '../output.js';

export interface MergeArgs extends OutputOptions {
  dirs: string[];
  out: string;
  sweep?: string;
  force: boolean;
}

export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: 'merge <dirs...>',
  describe: 'Merge the shard folders of a sweep (--shard k/N) into the folder an unsharded sweep writes',
  builder: (y: Argv) =>
    y
      .positional('dirs', { type: 'string', array: true, demandOption: true, describe: 'shard output folders' })
      .option('out', { type: 'string', demandOption: true, describe: 'merged output folder' })
      .option('sweep', { type: 'string', describe: 'the sweep file, if it moved since the shards ran (default: the path in their sweep.json)' })
      .option('force', { type: 'boolean', default: false, describe: 'discard a different sweep found in --out' })
      .example('$0 merge out/s/shard-* --out out/s/all', 'after a Slurm array (slurm/sweep.sbatch)') as Argv<MergeArgs>,
  handler: (argv) => {
    const r = mergeShards(argv.dirs, { out: argv.out, sweep: argv.sweep, force: argv.force });
    if (r.counts.failed > 0) process.exitCode = 1;
    printResult(argv, r, () => `Merged ${r.shards} folders: ${r.counts.total} runs, ${r.counts.ok} ok, ${r.counts.failed} failed\nWrote ${r.out}/ (runs.csv, results.csv, summary.csv, sweep.json)`);
  },
};
