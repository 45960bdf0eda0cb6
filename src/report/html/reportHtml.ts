import { oneSeedEach } from '../charts/chartFrame.js';
import type { Chart } from '../charts/chartSet.js';
import { mapFrames } from '../charts/mapFrames.js';
import { scenarioColour } from '../charts/scenarioColour.js';
import { escapeXml } from '../escapeXml.js';
import type { ReportData } from '../results/reportData.js';
import { csvDataUri } from './csvDataUri.js';
import { jsonScript } from './jsonScript.js';
import { provenanceHtml } from './provenanceHtml.js';
import { REPORT_SCRIPT } from './reportScript.js';
import { REPORT_STYLE } from './reportStyle.js';
import { summaryTablesHtml } from './summaryTablesHtml.js';

/**
 * The report as one self-contained HTML file: no network, charts inline as SVG, data as data: URIs.
 * Every text from scenario files passes through escapeXml, or into the JSON block escaped by jsonScript.
 */
export function reportHtml(data: ReportData, charts: readonly Chart[]): string {
  const e = escapeXml;
  const toggles = data.scenarios.map((label, k) =>
    `<label><input type="checkbox" class="scenario-toggle" value="${k}" checked> <span class="swatch" style="background:${scenarioColour(k)}"></span><span class="scenario-name">${e(label)}</span></label>`).join('');
  const sections = charts.map((c) => {
    const downloads = Object.entries(c.csv).map(([file, csv]) => `<a download="${e(file)}" href="${e(csvDataUri(csv))}">${e(file)}</a>`);
    const files = [`<a href="charts/${e(c.name)}.svg">SVG</a>`, `<a href="charts/${e(c.name)}.png">PNG</a>`];
    return [
      `<section class="chart-section" id="section-${e(c.name)}">`,
      `<h2>${e(c.title)}</h2>`,
      `<p class="about">${e(c.about)}</p>`,
      c.name === 'map' ? mapControls(data) : '',
      `<figure>${c.htmlSvg ?? c.svg}</figure>`,
      `<p class="downloads">Data (CSV): ${downloads.join(' · ')} &nbsp;|&nbsp; Chart files: ${files.join(' · ')}</p>`,
      '</section>',
    ].join('\n');
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>urbanize report: ${e(data.scenarios.join(', '))}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Urbanization in Shanxi: projected scenarios</h1>',
    `<p class="lede">Simulated with urbanize, an agent-based model of rural-to-urban migration starting from the 2020 census. ${oneSeedEach(data) ? 'Each scenario was run once (one random seed): the charts show no spread across seeds; <code>urbanize compare --seeds N</code> adds it.' : 'Each scenario was run with several random seeds; lines show the median run and shaded bands the spread across seeds (simulation noise, not all uncertainty about the future).'}</p>`,
    provenanceHtml(data.provenance),
    '</header>',
    `<nav class="controls" aria-label="Scenarios"><strong>Show scenarios:</strong> ${toggles}</nav>`,
    '<section id="summary"><h2>Summary</h2>',
    summaryTablesHtml(data),
    '</section>',
    ...sections,
    '<div id="tooltip" role="tooltip" hidden></div>',
    jsonScript('report-data', { scenarios: data.scenarios, baseline: data.baseline, map: data.shapes ? mapFrames(data) : null }),
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n') + '\n';
}

function mapControls(data: ReportData): string {
  const last = data.years.length - 1;
  const modes = data.scenarios.length > 1
    ? ' &nbsp; Colour by: <label><input type="radio" name="map-mode" value="rate" checked> urbanization rate</label> <label><input type="radio" name="map-mode" value="change"> change against baseline</label>'
    : '';
  return `<div class="map-controls"><label for="map-year">Year:</label> <input type="range" id="map-year" min="0" max="${last}" step="1" value="${last}"> <output id="map-year-value" for="map-year">${data.years[last]}</output>${modes}</div>`;
}
