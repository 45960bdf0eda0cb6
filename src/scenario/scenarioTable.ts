import { join } from 'node:path';
import { runSeed } from '../core/runSeed.js';
import { runModel } from '../model/runModel.js';
import { reportGroups } from '../report/groups.js';
import { REPORTERS } from '../report/reporters.js';
import { BUILTIN_SCENARIO_DIR, loadScenario } from './loadScenario.js';
import { toRunSpec } from './toRunSpec.js';

/** The Shanxi scenario library (scenarios/shanxi/), in the order the docs list it. */
export const SHANXI_LIBRARY = [
  'baseline', 'county-towns', 'taiyuan-metro', 'regional-centres', 'hukou-integration',
  'urban-renewal', 'declining-counties', 'combined', 'low-growth',
] as const;

/** How the table is computed: every scenario runs with the same seeds (common random numbers). */
export interface ScenarioTableOptions {
  files: readonly string[];
  years: readonly number[];
  scale: number;
  replicates: number;
}

/** One scenario's mean provincial urbanization rate (share) by year over the replicates. */
export interface ScenarioRates {
  name: string;
  description: string;
  rates: Record<number, number>;
}

/** The default table of docs/scenarios.md: the library, 2025/2030/2035, 3 replicates at scale 10. */
export const DOCS_TABLE: ScenarioTableOptions = {
  files: SHANXI_LIBRARY.map((n) => join(BUILTIN_SCENARIO_DIR, `${n}.yaml`)), years: [2025, 2030, 2035], scale: 10, replicates: 3,
};

/** Seeds of the replicates, from their identity (STYLE.md habit 6), the same for every scenario. */
export function tableSeeds(replicates: number): number[] {
  return Array.from({ length: replicates }, (_, k) => runSeed(`scenario-table|rep=${k + 1}`));
}

/** Runs each scenario once per seed up to the last table year and averages the provincial urbanization rate. */
export function scenarioRates(o: ScenarioTableOptions): ScenarioRates[] {
  const urbanRate = REPORTERS.find((r) => r.name === 'urban_rate')!;
  const lastYear = Math.max(...o.years);
  return o.files.map((file) => {
    const scenario = loadScenario(file);
    const sums: Record<number, number> = {};
    for (const seed of tableSeeds(o.replicates)) {
      const result = runModel(toRunSpec(scenario, { scale: o.scale, seed, lastYear }));
      const province = reportGroups(result.places).find((g) => g.level === 'province')!;
      for (const year of o.years) {
        const value = urbanRate.value({ series: result.series, places: result.places, group: province, y: year - result.series.firstYear, scale: o.scale });
        sums[year] = (sums[year] ?? 0) + value;
      }
    }
    const rates = Object.fromEntries(o.years.map((y) => [y, sums[y] / o.replicates]));
    return { name: scenario.name, description: scenario.description, rates };
  });
}

/** A Markdown table of rates in percent, with each scenario's difference from the first row in the last year. */
export function scenarioRateTable(rows: readonly ScenarioRates[], o: ScenarioTableOptions): string {
  const last = Math.max(...o.years);
  const base = rows[0];
  const header = `| scenario | ${o.years.join(' | ')} | ${last} vs ${base.name} (points) |`;
  const rule = `| --- | ${o.years.map(() => '---:').join(' | ')} | ---: |`;
  const body = rows.map((r) => {
    const diff = (r.rates[last] - base.rates[last]) * 100;
    return `| ${r.name} | ${o.years.map((y) => (r.rates[y] * 100).toFixed(2)).join(' | ')} | ${r === base ? '' : `${diff >= 0 ? '+' : ''}${diff.toFixed(2)}`} |`;
  });
  const note = `Provincial resident urbanization rate (%), mean of ${o.replicates} runs at scale ${o.scale} (seeds ${tableSeeds(o.replicates).join(', ')}, the same for every scenario). Written by \`node scripts/scenario-table.mjs\`; do not edit by hand.`;
  return [note, '', header, rule, ...body].join('\n');
}
