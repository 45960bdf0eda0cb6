import type { Argv, CommandModule } from 'yargs';
import { runScenario } from '../../api/runScenario.js';
import { printResult, type OutputOptions } from '../output.js';
import { parseYears } from '../parseYears.js';
import { InputError } from '../../core/inputError.js';
import { MAX_THREADS } from '../../core/limits.js';

export interface RunArgs extends OutputOptions {
  scenario: string;
  years?: string;
  scale?: number;
  seed?: number;
  out?: string;
  threads: string;
  report: boolean;
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run [scenario]',
  describe: 'Run one scenario and write its tables, metadata, charts and HTML report',
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', default: 'baseline', describe: 'scenario file, or the name of a built-in Shanxi scenario' })
      .option('years', { type: 'string', describe: 'first-last year, e.g. 2020-2035 (default: the scenario\'s)' })
      .option('scale', { type: 'number', describe: 'persons per agent (1 = every resident; default: the scenario\'s)' })
      .option('seed', { type: 'number', describe: 'random seed, an integer (default: the scenario\'s)' })
      .option('out', { type: 'string', describe: 'output folder (default: out/<scenario>)' })
      .option('threads', {
        type: 'string', default: 'auto',
        describe: 'worker threads splitting the run: a number, or auto (one per million agents, up to the cores); the results are the same for any number',
      })
      .option('report', { type: 'boolean', default: true, describe: 'write the HTML report and PNG/SVG charts too (--no-report to skip)' })
      .example('$0 run', 'the Shanxi baseline, 2020-2035, into out/baseline')
      .example('$0 run scenarios/shanxi/county-towns.yaml --scale 20 --seed 7 --out out/ct', 'a policy scenario at 1:20')
      .example('$0 run --scale 1 --threads 2 --no-report', 'every resident, one run split across 2 threads') as Argv<RunArgs>,
  handler: async (argv) => {
    const years = argv.years === undefined ? {} : parseYears(argv.years);
    const r = await runScenario(argv.scenario, { ...years, scale: argv.scale, seed: argv.seed, out: argv.out, threads: threadsArg(argv.threads), report: argv.report });
    printResult(argv, { out: r.out, report: r.report, metadata: r.metadata, urbanRate: r.urbanRate }, () =>
      `${r.table}\n\nWrote ${r.out}/ (results.csv, flows.csv, result.json, urban_rate.svg${r.report ? ', charts/' : ''}) in ${r.seconds.toFixed(1)} s` +
      (r.report ? `\nReport: ${r.report}` : ''));
  },
};

/** `--threads`: "auto" or a number (whose range runScenario checks); anything else is bad input. */
function threadsArg(v: string): number | 'auto' {
  if (v === 'auto') return 'auto';
  if (!/^[0-9]+(\.[0-9]*)?$/.test(v.trim())) throw new InputError(`--threads ${v}: expected an integer from 1 to ${MAX_THREADS}, or auto`);
  return Number(v);
}
