import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { compare } from '../../api/compare.js';
import { shellWord } from '../../report/results/shellWord.js';
import { printNote, printResult, type OutputOptions } from '../output.js';
import { parseYears } from '../parseYears.js';
import { onInterrupt } from '../signals.js';
import { reportSummary, reportSummaryJson } from './report.js';

/** Arguments of `urbanize compare`. */
export interface CompareArgs extends OutputOptions {
  inputs: string[];
  seeds?: number;
  scale?: number;
  years?: string;
  out: string;
  png: boolean;
  workers?: number;
}

/** `urbanize compare`: runs scenarios with several seeds, or reads finished folders, and writes the report. */
export const compareCommand: CommandModule<object, CompareArgs> = {
  command: 'compare <inputs...>',
  describe: 'Run scenarios with several seeds (or read finished run and sweep folders) and write charts and an HTML report',
  builder: (y: Argv) =>
    y
      .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'scenario files or built-in names, or folders of finished runs or sweeps' })
      .option('seeds', { type: 'number', describe: 'runs per scenario (default 5); run k uses the scenario\'s seed + k' })
      .option('scale', { type: 'number', describe: 'persons per agent (default: each scenario\'s)' })
      .option('years', { type: 'string', describe: 'first-last year, e.g. 2020-2035 (default: each scenario\'s)' })
      .option('out', { type: 'string', default: 'out/compare', describe: 'output folder: runs/, charts/ and report.html' })
      .option('png', { type: 'boolean', default: true, describe: 'also write PNG charts (--no-png to skip)' })
      .option('workers', { type: 'number', describe: 'worker threads running the replicates (default: the number of cores; 0: none)' })
      .example('$0 compare baseline county-towns hukou-integration --seeds 5 --scale 20', 'three built-in scenarios, five seeds each')
      .example('$0 compare out/compare/runs out/sweep --out out/both', 'one report from finished run and sweep folders') as unknown as Argv<CompareArgs>,
  handler: async (argv) => {
    const years = argv.years === undefined ? {} : parseYears(argv.years);
    const runs = join(argv.out, 'runs');
    const stopHook = onInterrupt({ resume: `rerun the same command: runs finished in ${runs}/ are kept, the rest run (\`urbanize report ${shellWord(runs)} --out ${shellWord(argv.out)}\` reports on the finished ones now)` });
    try {
      const r = await compare(argv.inputs, { seeds: argv.seeds, scale: argv.scale, ...years, out: argv.out, png: argv.png, workers: argv.workers, onProgress: (m) => printNote(argv, m) });
      printResult(argv, { ...reportSummaryJson(r), runsWritten: r.written, runsKept: r.kept }, () => reportSummary(r));
    } finally {
      stopHook();
    }
  },
};
