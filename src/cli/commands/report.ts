import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { renderReport, type RenderReportResult } from '../../api/renderReport.js';
import { InputError } from '../../core/inputError.js';
import { printNote, printResult, type OutputOptions } from '../output.js';

/** Arguments of `urbanize report`. */
export interface ReportArgs extends OutputOptions {
  results: string[];
  out?: string;
  png: boolean;
}

/** `urbanize report`: charts and the HTML report from finished folders only. */
export const reportCommand: CommandModule<object, ReportArgs> = {
  command: 'report <results...>',
  describe: 'Write charts and an HTML report from finished run, compare or sweep folders',
  builder: (y: Argv) =>
    y
      .positional('results', { type: 'string', array: true, demandOption: true, describe: 'run or sweep folders, or folders holding them' })
      .option('out', { type: 'string', describe: 'output folder for report.html and charts/ (default: the first results folder)' })
      .option('png', { type: 'boolean', default: true, describe: 'also write PNG charts (--no-png to skip)' })
      .example('$0 report out/compare', 'rebuild the report of a comparison')
      .example('$0 report out/baseline-replicates --out out/replicates-report', 'a report of a sweep\'s replicates') as unknown as Argv<ReportArgs>,
  handler: (argv) => {
    // A file would otherwise be taken for the default --out folder and reported as such.
    const file = argv.results.find((r) => existsSync(r) && !statSync(r).isDirectory());
    if (file !== undefined) throw new InputError(`${file}: is a file, not a folder (expected a folder of finished runs: a run, compare or sweep --out folder)`);
    const r = renderReport(argv.results, argv.out ?? argv.results[0], { png: argv.png, onWarning: (m) => printNote(argv, m) });
    printResult(argv, reportSummaryJson(r), () => reportSummary(r));
  },
};

/** What `compare` and `report` print: where the report and the charts are. */
export function reportSummary(r: RenderReportResult): string {
  const rel = (p: string) => {
    const r = relative(process.cwd(), p);
    return r === '' ? '.' : r.startsWith('..') ? p : r;
  };
  const svgs = r.chartFiles.filter((f) => f.endsWith('.svg')).map((f) => f.replace(/\.svg$/, ''));
  const formats = r.chartFiles.some((f) => f.endsWith('.png')) ? '.svg, .png' : '.svg';
  return [
    `${r.scenarios.length} ${r.scenarios.length === 1 ? 'scenario' : 'scenarios'}, ${r.runs} ${r.runs === 1 ? 'run' : 'runs'}; report in ${r.seconds.toFixed(1)} s`,
    `Report: ${rel(r.report)}`,
    `Charts: ${rel(r.chartsDir)}/ (${svgs.join(', ')}: ${formats}; data as .csv)`,
  ].join('\n') + '\n';
}

/** The --json summary of `compare` and `report`. */
export function reportSummaryJson(r: RenderReportResult): Record<string, unknown> {
  return { report: r.report, charts: r.chartsDir, chartFiles: r.chartFiles, scenarios: r.scenarios, runs: r.runs };
}
