import { describe, expect, it } from 'vitest';
import { chartSet } from '../../src/report/charts/chartSet.js';
import { jsonScript } from '../../src/report/html/jsonScript.js';
import { reportHtml } from '../../src/report/html/reportHtml.js';
import { summaryYears } from '../../src/report/html/summaryTablesHtml.js';
import { syntheticReportData } from './fixtures/syntheticReportData.js';

const EVIL = '<script>alert(1)</script>';

function render(labels: string[]) {
  const data = syntheticReportData(labels);
  data.provenance.scenarios[1].description = '<img src=x onerror=alert(2)> & "quoted"';
  return reportHtml(data, chartSet(data));
}

describe('report HTML', () => {
  const html = render(['baseline', EVIL]);

  it('shows scenario names and descriptions as text, never as markup', () => {
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).toContain('<span class="scenario-name">&lt;script&gt;alert(1)&lt;/script&gt;</span>');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quoted&quot;');
    expect(html).toContain('<title>urbanize report: baseline, &lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });

  it('carries its data in a JSON block that parses back to the same names', () => {
    const block = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html)!;
    const data = JSON.parse(block[1]);
    expect(data.scenarios).toEqual(['baseline', EVIL]);
    expect(data.map.years[0]).toBe(2020);
    expect(data.map.fills.rate).toHaveLength(2);
    expect(data.map.fills.change[0][15]).toEqual(Array(11).fill('#e0e0e0'));
    expect(data.map.labels.rate[1][15][0]).toBe('62.0%');
  });

  it('needs no network: no external scripts, styles or images', () => {
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('<link');
  });

  it('has a provenance header with version, commit, files, hashes, seeds and scale', () => {
    for (const s of ['urbanize 0.0.0-test', '<code>abc123</code>', '/tmp/1.yaml', '111111111111', '1, 2, 3, 4, 5', '<td>40</td>', '12.5 s']) expect(html).toContain(s);
  });

  it('has a scenario toggle, a map slider and a mode switch', () => {
    expect(html.match(/<input type="checkbox" class="scenario-toggle"/g)).toHaveLength(2);
    expect(html).toContain('<input type="range" id="map-year" min="0" max="15" step="1" value="15">');
    expect(html).toContain('name="map-mode" value="change"');
  });

  it('summarises 2025, 2030 and 2035 by scenario with 90% intervals and differences', () => {
    expect(html).toContain('<td><strong>71.0%</strong><br><span class="interval">70.5% to 71.5%</span></td>');
    expect(html).toContain('<td><strong>+1.00 pp</strong><br><span class="interval">+0.50 pp to +1.50 pp</span></td>');
    expect(summaryYears([2020, 2021, 2022])).toEqual([2022]);
    expect(summaryYears(Array.from({ length: 16 }, (_, i) => 2020 + i))).toEqual([2025, 2030, 2035]);
  });

  it('links the CSV behind every chart as a data: URI that decodes to the table', () => {
    const links = [...html.matchAll(/<a download="([^"]+)" href="data:text\/csv;charset=utf-8,([^"]+)">/g)];
    expect(links.map((l) => l[1])).toEqual(['fan.csv', 'prefectures.csv', 'tiers.csv', 'map.csv', 'map-flows.csv', 'hukou.csv', 'difference.csv']);
    const fan = decodeURIComponent(links[0][2].replace(/&#39;/g, "'"));
    expect(fan.split('\n')[0]).toBe('kind,scenario,year,value,q05,q25,q75,q95,seeds');
    expect(fan).toContain(`simulated median,${EVIL},2035,0.72`);
  });
});

describe('jsonScript', () => {
  it('escapes characters that could end the script block', () => {
    const s = jsonScript('x', { name: '</script><script>alert(1)</script>', line: 'a\u2028b', amp: '&' });
    expect(s.slice(0, -'</script>'.length)).not.toMatch(/<\/script/i);
    expect(s).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(s.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''))).toEqual({ name: '</script><script>alert(1)</script>', line: 'a\u2028b', amp: '&' });
  });
});
