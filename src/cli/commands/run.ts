import type { Argv, CommandModule } from 'yargs';
import { runScenario } from '../../api/runScenario.js';
import { parseYears } from '../parseYears.js';

export interface RunArgs {
  scenario: string;
  years?: string;
  scale?: number;
  seed?: number;
  out?: string;
  threads: number;
  json: boolean;
  quiet: boolean;
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run [scenario]',
  describe: 'Run one scenario and write its tables, metadata and chart',
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', default: 'baseline', describe: 'scenario file, or the name of a built-in Shanxi scenario' })
      .option('years', { type: 'string', describe: 'first-last year, e.g. 2020-2035 (default: the scenario\'s)' })
      .option('scale', { type: 'number', describe: 'persons per agent (1 = every resident; default: the scenario\'s)' })
      .option('seed', { type: 'number', describe: 'random seed, an integer (default: the scenario\'s)' })
      .option('out', { type: 'string', describe: 'output folder (default: out/<scenario>)' })
      .option('threads', { type: 'number', default: 1, describe: 'worker threads splitting the run (same results for any number)' })
      .option('json', { type: 'boolean', default: false, describe: 'print a machine-readable summary instead of the table' })
      .option('quiet', { type: 'boolean', default: false, describe: 'print only errors' })
      .example('$0 run', 'the Shanxi baseline, 2020-2035, into out/baseline')
      .example('$0 run scenarios/shanxi/county-towns.yaml --scale 20 --seed 7 --out out/ct', 'a policy scenario at 1:20')
      .example('$0 run --scale 1 --threads 2', 'every resident, one run split across 2 threads') as Argv<RunArgs>,
  handler: async (argv) => {
    const years = argv.years === undefined ? {} : parseYears(argv.years);
    const r = await runScenario(argv.scenario, { ...years, scale: argv.scale, seed: argv.seed, out: argv.out, threads: argv.threads });
    if (argv.quiet) return;
    if (argv.json) process.stdout.write(JSON.stringify({ out: r.out, metadata: r.metadata, urbanRate: r.urbanRate }, null, 2) + '\n');
    else process.stdout.write(`${r.table}\n\nWrote ${r.out}/ (results.csv, flows.csv, result.json, urban_rate.svg) in ${(r.seconds).toFixed(1)} s\n`);
  },
};
