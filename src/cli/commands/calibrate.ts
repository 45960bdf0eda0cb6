import type { Argv, CommandModule } from 'yargs';
import { calibrate, type CalibrateResult } from '../../api/calibrate.js';
import { printNote, printResult, type OutputOptions } from '../output.js';
import { onInterrupt } from '../signals.js';

export interface CalibrateArgs extends OutputOptions {
  file: string;
  workers?: number;
  out?: string;
}

export const calibrateCommand: CommandModule<object, CalibrateArgs> = {
  command: 'calibrate <file>',
  describe: 'Fit model parameters to observed data by ABC-SMC; write calibrated.yaml and posterior.csv',
  builder: (y: Argv) =>
    y
      .positional('file', { type: 'string', demandOption: true, describe: 'calibration file (YAML, docs/calibration.md)' })
      .option('workers', { type: 'number', describe: 'worker threads (0 = this thread; default: the file\'s, else the number of cores)' })
      .option('out', { type: 'string', describe: 'folder for calibrated.yaml and posterior.csv (default: the file\'s `output`)' })
      .example('$0 calibrate scenarios/calibration/calibration.yaml', 'the Shanxi calibration, into scenarios/shanxi/')
      .example('$0 calibrate scenarios/calibration/synthetic-test.yaml --out out/recovery', 'recover known parameters from synthetic targets') as unknown as Argv<CalibrateArgs>,
  handler: async (argv) => {
    const controller = new AbortController();
    const stopHook = onInterrupt({ cleanup: () => controller.abort(), resume: 'rerun the same command (a calibration restarts from its first generation)' });
    const command = ['urbanize calibrate', argv.file, ...(argv.workers !== undefined ? [`--workers ${argv.workers}`] : []), ...(argv.out ? [`--out ${argv.out}`] : [])].join(' ');
    try {
      const r = await calibrate(argv.file, {
        workers: argv.workers, out: argv.out, command, signal: controller.signal,
        onGeneration: (g) => printNote(argv, `generation ${g.index}: tolerance ${g.epsilon.toFixed(3)}, ${g.evaluations} evaluations, acceptance ${(100 * g.acceptanceRate).toFixed(1)}%, median distance ${g.medianDistance.toFixed(3)}, ESS ${g.ess.toFixed(0)}, ${g.seconds.toFixed(1)} s`),
      });
      printResult(argv, r, () => resultText(r));
    } finally {
      stopHook();
    }
  },
};

function resultText(r: CalibrateResult): string {
  const fmt = (v: number) => String(Number(v.toPrecision(4))).padEnd(11);
  return [
    `Calibrated in ${r.seconds.toFixed(0)} s (${r.evaluations} evaluations, ${r.generations.length} generations, ${r.workers} workers; stopped: ${r.stopReason})`,
    'parameter             median     5%         95%',
    ...Object.entries(r.summary).map(([n, s]) => `${n.padEnd(22)}${fmt(s.median)}${fmt(s.q05)}${fmt(s.q95)}`),
    'fit at the medians (mean |error|):',
    ...r.fit.map((g) => `  ${g.label.padEnd(30)} ${g.role.padEnd(8)} ${g.meanAbsError.toFixed(2)} ${g.unit} (tolerance ${g.tolerance})`),
    `Wrote ${r.files.join(', ')}`,
  ].join('\n');
}
