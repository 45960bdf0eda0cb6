import { formatNumber } from '../report/formatNumber.js';
import type { FitRow } from './fitRows.js';
import type { AcceptanceCheck, HeldOutComparison } from './fitVerdicts.js';

/** What the fit report says about how its numbers were made. */
export interface FitReportContext {
  calibration: string;
  parameters: string;
  scale: number;
  replicates: number;
  /** parameter sets drawn from the posterior for the bands (0: no bands) */
  draws: number;
  posterior?: string;
}

/** The wide CSV of the fit report: one row per target, with every classical projection. */
export function fitCsv(rows: readonly FitRow[]): string {
  const names = [...new Set(rows.flatMap((r) => r.baselines.map((b) => b.name)))];
  const col = (n: string) => n.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const header = ['key', 'metric', 'level', 'id', 'year', 'role', 'tolerance', 'observed', 'simulated', 'error', 'band_q05', 'band_q95',
    ...names.flatMap((n) => [`${col(n)}_value`, `${col(n)}_error`, `${col(n)}_in_sample`])];
  const lines = [header.join(',')];
  for (const r of rows) {
    const t = r.target;
    const cells = [t.key, t.metric, t.level, t.id, t.year, t.role, t.tolerance, t.observed, r.simulated, r.error, r.band?.q05 ?? NaN, r.band?.q95 ?? NaN];
    for (const n of names) {
      const b = r.baselines.find((x) => x.name === n);
      cells.push(b?.value ?? NaN, b?.error ?? NaN, b ? String(b.inSample) : 'NA');
    }
    lines.push(cells.map((c) => (typeof c === 'number' ? formatNumber(c) : c)).join(','));
  }
  return lines.join('\n') + '\n';
}

/** The markdown fit report: acceptance, held-out comparison, then every target. */
export function fitMarkdown(rows: readonly FitRow[], checks: readonly AcceptanceCheck[], heldOut: readonly HeldOutComparison[], ctx: FitReportContext): string {
  const value = (r: FitRow, v: number) => (r.target.metric === 'urban_rate' ? `${(100 * v).toFixed(2)}%` : `${(v / 1e6).toFixed(3)} M`);
  const err = (r: FitRow, e: number) => `${e >= 0 || e.toFixed(2) === '-0.00' ? '+' : ''}${e.toFixed(2) === '-0.00' ? '0.00' : e.toFixed(2)}${r.target.metric === 'urban_rate' ? ' pp' : '%'}`;
  const names = [...new Set(rows.flatMap((r) => r.baselines.map((b) => b.name)))];
  const out = [
    `# Fit report: calibration "${ctx.calibration}"`,
    '',
    `Parameters: \`${ctx.parameters}\`. Simulated = mean of ${ctx.replicates} runs (different seeds) at 1 agent = ${ctx.scale} persons.`,
    ctx.draws > 0
      ? `Band = 5%-95% of ${ctx.draws} runs with parameter sets drawn from the posterior (\`${ctx.posterior}\`): parameter uncertainty and random noise together.`
      : 'No band: parameter uncertainty not shown (run with --draws to add it).',
    'Targets up to 2020 come from the hindcast started at the 2010 census; later ones from the run started at the 2020 census.',
    'Errors: percentage points for urban rates, percent for populations. Classical projections marked * were fitted to the value they are compared with (in sample).',
    '',
    '## Acceptance (issue 6)',
    '',
    '| criterion | measured | threshold | result |',
    '| --- | ---: | ---: | --- |',
    ...checks.map((c) => `| ${c.criterion.replaceAll('|', '\\|')} | ${c.value.toFixed(2)} ${c.unit} | ${c.threshold} ${c.unit} | ${c.pass ? 'pass' : '**FAIL**'} |`),
    '',
    '## Held-out targets: model against classical projections',
    '',
    ...(heldOut.length === 0 ? ['No target is held out.'] : heldOut.flatMap((h) => [
      `- ${h.verdict}`,
      ...h.baselines.filter((b) => b.inSample).map((b) => `  (${b.name} was fitted to these targets: ${b.meanAbsError.toFixed(2)} ${h.unit}, in sample, not a forecast.)`),
    ])),
    '',
    '## Every target',
    '',
    `| target | metric | role | observed | simulated | error | band | ${names.join(' | ')} |`,
    `| --- | --- | --- | ---: | ---: | ---: | --- | ${names.map(() => '---:').join(' | ')} |`,
    ...rows.map((r) => {
      const band = r.band ? `${value(r, r.band.q05)} - ${value(r, r.band.q95)}` : '';
      const cells = names.map((n) => {
        const b = r.baselines.find((x) => x.name === n);
        return b ? `${value(r, b.value)} (${err(r, b.error)})${b.inSample ? '*' : ''}` : '';
      });
      return `| ${r.label} | ${r.target.metric} | ${r.target.role} | ${value(r, r.target.observed)} | ${value(r, r.simulated)} | ${err(r, r.error)} | ${band} | ${cells.join(' | ')} |`;
    }),
  ];
  return out.join('\n') + '\n';
}
