import { renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chartSet } from '../report/charts/chartSet.js';
import { checkReportOutDir } from '../report/checkReportOutDir.js';
import { reportHtml } from '../report/html/reportHtml.js';
import { makeFolders } from '../report/makeFolders.js';
import { svgToPng } from '../report/png/svgToPng.js';
import { reportData } from '../report/results/reportData.js';
import { groupRuns } from '../report/results/resultsSet.js';
import { readResults } from '../report/results/readResults.js';
import { writeOutputDir } from '../report/writeOutputDir.js';

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  /** also render each chart as PNG (default true) */
  png?: boolean;
  /** base data folder for observed series, targets and outlines (default: the built-in Shanxi data) */
  dataDir?: string;
  /** hears of unfinished sweeps skipped inside the result folders, and of runs found twice (counted once) */
  onWarning?: (message: string) => void;
  /** report time and working folder (for the git commit), fixed in tests */
  now?: Date;
  cwd?: string;
}

/** Where {@link renderReport} wrote the report and the charts, and what it read. */
export interface RenderReportResult {
  /** path of report.html */
  report: string;
  /** folder of the standalone charts */
  chartsDir: string;
  /** file names written in chartsDir */
  chartFiles: string[];
  scenarios: string[];
  runs: number;
  seconds: number;
}

/**
 * Reads finished run or sweep folders (or folders holding them), and writes `<outDir>/report.html` and
 * `<outDir>/charts/` (SVG, PNG and CSV of every chart). The charts folder is replaced as a whole, so
 * `outDir` is checked first (exit 2 on a bad one, before any reading or rendering).
 */
export function renderReport(resultDirs: readonly string[], outDir: string, options: RenderReportOptions = {}): RenderReportResult {
  const t0 = performance.now();
  checkReportOutDir(outDir);
  const set = groupRuns(readResults(resultDirs, { onWarning: options.onWarning }), { onWarning: options.onWarning });
  const data = reportData(set, { dataDir: options.dataDir, now: options.now, cwd: options.cwd });
  const charts = chartSet(data);
  const files: Record<string, string | Uint8Array> = {};
  for (const c of charts) {
    const svgs = { [c.name]: c.svg, ...(c.variants ?? {}) };
    for (const [stem, svg] of Object.entries(svgs)) {
      files[`${stem}.svg`] = svg;
      if (options.png ?? true) files[`${stem}.png`] = svgToPng(svg);
    }
    Object.assign(files, c.csv);
  }
  const out = resolve(outDir);
  makeFolders(out);
  const chartsDir = join(out, 'charts');
  writeOutputDir(chartsDir, files, 'charts');
  // written beside and renamed, so a reader never opens a half-written report
  const report = join(out, 'report.html');
  const tmp = `${report}.partial-${process.pid}`;
  writeFileSync(tmp, reportHtml(data, charts));
  renameSync(tmp, report);
  return {
    report, chartsDir, chartFiles: Object.keys(files), scenarios: data.scenarios,
    runs: set.scenarios.reduce((n, s) => n + s.runs.length, 0), seconds: (performance.now() - t0) / 1000,
  };
}
