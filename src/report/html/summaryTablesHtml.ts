import { formatPercent, formatPoints } from '../charts/formatShare.js';
import { scenarioColour } from '../charts/scenarioColour.js';
import { escapeXml } from '../escapeXml.js';
import type { Band } from '../results/quantileBand.js';
import type { ReportData } from '../results/reportData.js';

/** Years the summary shows: 2025, 2030 and 2035 where simulated, else the last year. */
export function summaryYears(years: readonly number[]): number[] {
  const chosen = [2025, 2030, 2035].filter((y) => years.includes(y));
  return chosen.length > 0 ? chosen : years.slice(-1);
}

/** HTML tables: urbanization and hukou rates by scenario (median, 90% interval), and differences from the baseline. */
export function summaryTablesHtml(data: ReportData): string {
  const years = summaryYears(data.years);
  const cell = (bands: Band[], year: number, f: (v: number) => string) => {
    const b = bands.find((x) => x.year === year);
    return b ? `<td><strong>${f(b.q50)}</strong><br><span class="interval">${f(b.q05)} to ${f(b.q95)}</span></td>` : '<td>n/a</td>';
  };
  const head = `<tr><th scope="col">Scenario</th>${years.map((y) => `<th scope="col">${y}</th>`).join('')}</tr>`;
  const name = (k: number) => `<th scope="row"><span class="swatch" style="background:${scenarioColour(k)}"></span>${escapeXml(data.scenarios[k])}</th>`;
  const table = (caption: string, rows: string[]) => `<table class="summary"><caption>${caption}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
  const out = [
    table('Resident urbanization rate, Shanxi: median across seeds (90% interval)', data.urban.map((bands, k) => `<tr data-scenario="${k}">${name(k)}${years.map((y) => cell(bands, y, formatPercent)).join('')}</tr>`)),
    table('Hukou urbanization rate, Shanxi: median across seeds (90% interval)', data.hukou.map((bands, k) => `<tr data-scenario="${k}">${name(k)}${years.map((y) => cell(bands, y, formatPercent)).join('')}</tr>`)),
  ];
  if (data.difference.length > 0) {
    out.push(table(`Difference from ${escapeXml(data.scenarios[data.baseline])}, percentage points: median of paired runs (90% interval)`,
      data.difference.map((d) => `<tr data-scenario="${d.scenario}">${name(d.scenario)}${years.map((y) => cell(d.bands, y, (v) => formatPoints(v, 2))).join('')}</tr>`)));
  }
  return out.join('\n');
}
