import { escapeXml } from '../escapeXml.js';
import type { ReportData } from '../results/reportData.js';

/**
 * Fonts named in every chart. DejaVu Sans first: Debian ships it (fonts-dejavu-core), resvg finds it
 * among the system fonts, and it has the ü of Lüliang; browsers fall back to their sans-serif.
 */
export const FONT_FAMILY = 'DejaVu Sans, Helvetica, Arial, sans-serif';

/** The frame shared by all charts: size, title (what the chart shows), subtitle and source line. */
export interface ChartFrame {
  /** unique within a report; prefixes ids and names the standalone files */
  id: string;
  width: number;
  height: number;
  title: string;
  subtitle: string;
  /** one or two lines under the chart: where the numbers come from */
  source: string[];
}

/** The opening of a chart: <svg>, white background, title and subtitle. */
export function frameOpen(f: ChartFrame): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${f.id}" class="chart" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" font-family="${FONT_FAMILY}" font-size="13">`,
    `<rect class="background" width="${f.width}" height="${f.height}" fill="white"/>`,
    `<text class="title" x="16" y="26" font-size="17" font-weight="bold">${escapeXml(f.title)}</text>`,
    `<text class="subtitle" x="16" y="46" fill="#444">${escapeXml(f.subtitle)}</text>`,
  ].join('\n');
}

/** The closing of a chart: the source lines at the bottom and </svg>. */
export function frameClose(f: ChartFrame): string {
  const lines = f.source.map((s, i) => `<text class="source" x="16" y="${f.height - 10 - (f.source.length - 1 - i) * 14}" font-size="11" fill="#555">${escapeXml(s)}</text>`);
  return [...lines, '</svg>'].join('\n') + '\n';
}

/** True when every scenario has one run: there is no spread across seeds to draw. */
export function oneSeedEach(data: ReportData): boolean {
  return data.provenance.scenarios.every((s) => s.seeds.length <= 1);
}

/** "3 seeds per scenario, 1 agent = 40 persons": how many runs stand behind the bands. */
export function runsNote(data: ReportData): string {
  const counts = [...new Set(data.provenance.scenarios.map((s) => s.seeds.length))].sort((a, b) => a - b);
  const scales = [...new Set(data.provenance.scenarios.flatMap((s) => s.scales))].sort((a, b) => a - b);
  const n = counts.length === 1 ? `${counts[0]}` : `${counts[0]}-${counts[counts.length - 1]}`;
  return `${n} ${n === '1' ? 'seed' : 'seeds'} per scenario, 1 agent = ${scales.join('/')} persons`;
}

/** Source lines for simulated series; `observed` adds a line on where the observed points come from. */
export function simulationSource(data: ReportData, observed: boolean): string[] {
  const sim = `Source: urbanize ${data.provenance.version} simulation (${runsNote(data)}).`;
  return observed ? [sim, 'Observed: 2010 and 2020 censuses, provincial statistical bulletins (data/shanxi/SOURCES.md).'] : [sim];
}
