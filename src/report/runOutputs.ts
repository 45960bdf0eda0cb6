import type { PrefectureEffects } from '../model/prefectureEffects.js';
import { VERSION } from '../core/packageRoot.js';
import { prepareBase } from '../model/baseCache.js';
import type { RunResult } from '../model/runModel.js';
import type { Scenario } from '../scenario/scenario.js';
import { flowsCsv, tidyCsv } from './csvWriters.js';
import { flowRows } from './flowRows.js';
import { lineChartSvg } from './lineChartSvg.js';
import { observedUrbanRates } from './observedSeries.js';
import { tidyRows, type TidyRow } from './tidyRows.js';

/** Metadata written next to a run's tables (result.json). */
export interface RunMetadata {
  tool: 'urbanize';
  version: string;
  scenario: { name: string; description: string; file?: string; hash: string };
  seed: number;
  scale: number;
  years: { first: number; last: number };
  agents: { initial: number; final: number };
  timings: { setupMs: number; simulateMs: number; stageMs: Record<string, number> };
  params: Record<string, number>;
  /** calibrated per-prefecture effects, when the scenario has any */
  effects?: PrefectureEffects;
  files: string[];
}

/** The files of a run folder: tidy CSV, flows CSV, metadata JSON and the provincial chart (SVG). */
export function runOutputs(result: RunResult, scenario: Scenario): { files: Record<string, string>; rows: TidyRow[]; metadata: RunMetadata } {
  const rows = tidyRows(result);
  const { base } = prepareBase(result.spec.dataDir, result.spec.censusYear);
  const province = rows.filter((r) => r.level === 'province' && r.metric === 'urban_rate');
  const chart = lineChartSvg({
    title: 'Shanxi: share of residents living in cities and towns',
    subtitle: `Scenario "${scenario.name}", seed ${result.spec.seed}, 1 agent = ${result.spec.scale} persons; simulated (line) and observed (points)`,
    source: 'Source: urbanize simulation; observed: 2010/2020 censuses and provincial bulletins (data/shanxi/SOURCES.md).',
    series: [{ name: scenario.name, points: province.map((r) => ({ year: r.year, value: r.value })) }],
    observed: observedUrbanRates(base).filter((p) => p.year >= 2010),
  });
  const files = { 'results.csv': tidyCsv(rows), 'flows.csv': flowsCsv(flowRows(result)), 'urban_rate.svg': chart } as Record<string, string>;
  const metadata: RunMetadata = {
    tool: 'urbanize', version: VERSION,
    scenario: { name: scenario.name, description: scenario.description, file: scenario.file, hash: scenario.hash },
    seed: result.spec.seed, scale: result.spec.scale,
    years: { first: result.spec.firstYear, last: result.spec.lastYear },
    agents: result.agents, timings: result.timings, params: { ...result.spec.params },
    ...(result.spec.effects ? { effects: result.spec.effects } : {}),
    files: [...Object.keys(files), 'result.json'],
  };
  files['result.json'] = JSON.stringify(metadata, null, 2) + '\n';
  return { files, rows, metadata };
}
