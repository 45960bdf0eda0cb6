import { escapeXml } from '../escapeXml.js';
import type { Provenance } from '../results/provenance.js';

/** The provenance header: tool, commit and time, then one row per scenario (file, hash, seeds, scale, run time). */
export function provenanceHtml(p: Provenance): string {
  const e = escapeXml;
  const rows = p.scenarios.map((s, k) => `<tr data-scenario="${k}"><th scope="row">${e(s.label)}</th><td>${e(s.description)}</td><td><code>${e(s.file)}</code></td><td><code title="${e(s.hash)}">${e(s.hash.slice(0, 12))}</code></td><td>${e(s.seeds.join(', '))}</td><td>${e(s.scales.join(', '))}</td><td>${e(s.years)}</td><td>${s.runSeconds.toFixed(1)} s</td></tr>`);
  return [
    '<dl class="provenance">',
    `<dt>Tool</dt><dd>${e(p.tool)} ${e(p.version)}</dd>`,
    `<dt>Git commit</dt><dd><code>${e(p.commit)}</code></dd>`,
    `<dt>Report made</dt><dd>${e(p.generatedAt)}</dd>`,
    '</dl>',
    '<table class="runs"><caption>Scenarios and runs</caption><thead><tr><th scope="col">Scenario</th><th scope="col">Description</th><th scope="col">File</th><th scope="col">Hash (sha256)</th><th scope="col">Seeds</th><th scope="col">Persons per agent</th><th scope="col">Years</th><th scope="col">Run time</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
  ].join('\n');
}
