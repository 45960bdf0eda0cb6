import type { Argv, CommandModule } from 'yargs';
import { fitReport, type FitReportOptions, type FitReportResult } from '../../api/fitReport.js';
import { printResult, type OutputOptions } from '../output.js';

/** Arguments of `urbanize fit-report`: the API's options plus --json/--quiet. */
export interface FitReportArgs extends OutputOptions, FitReportOptions {}

export const fitReportCommand: CommandModule<object, FitReportArgs> = {
  command: 'fit-report',
  describe: 'Compare calibrated runs with every calibration target and with classical projections (markdown, CSV, SVG)',
  builder: (y: Argv) =>
    y
      .option('calibration', { type: 'string', describe: 'calibration file (default scenarios/calibration/calibration.yaml)' })
      .option('params', { type: 'string', describe: 'scenario file with the parameters to check (default: calibrated.yaml of the calibration)' })
      .option('posterior', { type: 'string', describe: 'posterior sample for the bands (default: posterior.csv next to the params file)' })
      .option('draws', { type: 'number', describe: 'parameter sets drawn from the posterior for the bands; 0 = none (default 20)' })
      .option('replicates', { type: 'number', describe: 'runs at the calibrated parameters, averaged (default 3)' })
      .option('scale', { type: 'number', describe: 'persons per agent (default: the calibration\'s)' })
      .option('workers', { type: 'number', describe: 'worker threads (0 = this thread; default: the number of cores)' })
      .option('out', { type: 'string', describe: 'output folder (default out/fit-report)' })
      .example('$0 fit-report', 'the fit of scenarios/shanxi/calibrated.yaml, into out/fit-report')
      .example('$0 fit-report --params scenarios/shanxi/baseline.yaml --draws 0', 'check another scenario\'s parameters') as unknown as Argv<FitReportArgs>,
  handler: async (argv) => {
    const r = await fitReport({
      calibration: argv.calibration, params: argv.params, posterior: argv.posterior, draws: argv.draws,
      replicates: argv.replicates, scale: argv.scale, workers: argv.workers, out: argv.out,
    });
    printResult(argv, { out: r.out, files: r.files, checks: r.checks, heldOut: r.heldOut }, () => resultText(r));
  },
};

function resultText(r: FitReportResult): string {
  return [
    ...r.checks.map((c) => `${c.pass ? 'pass' : 'FAIL'}  ${c.criterion}: ${c.value.toFixed(2)} ${c.unit} (threshold ${c.threshold} ${c.unit})`),
    ...r.heldOut.map((h) => h.verdict),
    `Wrote ${r.out}/ (${r.files.join(', ')}) in ${r.seconds.toFixed(1)} s`,
  ].join('\n');
}
