import { describe, expect, it } from 'vitest';
import { chartSet } from '../../src/report/charts/chartSet.js';
import { csvTable } from '../../src/report/charts/csvTable.js';
import { fanChartSvg } from '../../src/report/charts/fanChartSvg.js';
import { hukouGapSvg } from '../../src/report/charts/hukouGapSvg.js';
import { MAP_FLOWS, prefectureMapSvg } from '../../src/report/charts/prefectureMapSvg.js';
import { scenarioDifferenceSvg } from '../../src/report/charts/scenarioDifferenceSvg.js';
import { smallMultiplesSvg } from '../../src/report/charts/smallMultiplesSvg.js';
import { tierAreaSvg } from '../../src/report/charts/tierAreaSvg.js';
import { syntheticReportData } from './fixtures/syntheticReportData.js';

const count = (svg: string, re: RegExp) => (svg.match(new RegExp(re.source, 'g')) ?? []).length;
/** Attributes of the hover point of scenario k in `year` (the first one, in document order). */
function hoverAt(svg: string, k: number, year: number, from = 0): { cx: number; cy: number; value: number; tip: string } {
  const re = new RegExp(`<circle class="hover" cx="([\\d.]+)" cy="([\\d.]+)"[^>]* data-scenario="${k}" data-year="${year}" data-value="([\\d.]+)" data-tip="([^"]*)"`, 'g');
  re.lastIndex = from;
  const m = re.exec(svg);
  if (!m) throw new Error(`no hover point for scenario ${k} in ${year}`);
  return { cx: Number(m[1]), cy: Number(m[2]), value: Number(m[3]), tip: m[4] };
}
const luminance = (fill: string) => {
  const [r, g, b] = (/rgb\((\d+), (\d+), (\d+)\)/.exec(fill) ?? []).slice(1).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('fan chart', () => {
  const data = syntheticReportData();
  const svg = fanChartSvg(data);

  it('draws a median line and a 50% and a 90% band per scenario', () => {
    expect(count(svg, /<path class="median"/)).toBe(2);
    expect(count(svg, /<path class="band band50"/)).toBe(2);
    expect(count(svg, /<path class="band band90"/)).toBe(2);
    expect(svg).toMatch(/<path class="median" d="M[\d.,LC]+" fill="none" stroke="#0072B2"/);
  });

  it('places medians on a linear value scale (higher share, higher on the page)', () => {
    const a = hoverAt(svg, 0, 2020), b = hoverAt(svg, 0, 2035), c = hoverAt(svg, 1, 2035);
    expect(a.value).toBeCloseTo(0.62, 12);
    expect(b.value).toBeCloseTo(0.71, 12);
    expect(b.cy).toBeLessThan(a.cy);
    expect((b.cy - a.cy) / (b.value - a.value)).toBeCloseTo((c.cy - a.cy) / (c.value - a.value), 3);
    expect(b.cx).toBe(c.cx);
  });

  it('labels each line with its scenario and its last value, and says what the tooltip shows', () => {
    expect(svg).toContain('>baseline 71.0%</text>');
    expect(svg).toContain('>policy 72.0%</text>');
    expect(hoverAt(svg, 1, 2035).tip).toBe('policy, 2035: 72.0% (50%: 71.8% to 72.2%; 90%: 71.5% to 72.5%; 5 seeds)');
  });

  it('has a legend for bands, observed kinds, the target and the logistic benchmark', () => {
    for (const entry of ['50% / 90% of seeds', '>census<', '>annual survey<', '>pre-census estimate<', '>official target<', '>UN logistic<']) expect(svg).toContain(entry);
    expect(count(svg, /<rect class="observed-point"/)).toBe(2);
    expect(count(svg, /<circle class="observed-point" [^>]*fill="white"/)).toBe(1);
    expect(svg).toContain('Shanxi target close to 70% by 2029');
    expect(svg).toMatch(/<path class="logistic" d="M[^"]+" fill="none" stroke="#555" stroke-width="1.6" stroke-dasharray="6 4"/);
  });

  it('with one seed per scenario, claims no band: the legend and close-up say it is one run', () => {
    const one = syntheticReportData();
    one.provenance.scenarios.forEach((sc) => { sc.seeds = [1]; });
    const single = fanChartSvg(one);
    expect(single).not.toContain('of seeds');
    expect(single).toContain('one run per scenario');
    expect(single).toContain('dot: the run (one seed)');
    expect(single).toContain('>census<');
  });

  it('has a title, axis labels with units and a source line citing the data', () => {
    expect(svg).toContain('Shanxi: projected share of residents living in cities and towns, 2020–2035');
    expect(svg).toContain('Urban residents, % of all residents');
    expect(svg).toContain('data/shanxi/SOURCES.md');
    expect(svg).toContain('5 seeds per scenario, 1 agent = 40 persons');
  });

  it('escapes scenario names as text', () => {
    const evil = fanChartSvg(syntheticReportData(['baseline', '<script>alert(1)</script>']));
    expect(evil).not.toContain('<script>');
    expect(evil).toContain('data-tip="&lt;script&gt;alert(1)&lt;/script&gt;, 2035: 72.0%');
    // long names are cut in the chart margin, before escaping, so no entity is cut in half
    expect(evil).toContain('>&lt;script&gt;alert(1)&lt;/scr… 72.0%</text>');
  });
});

describe('small multiples', () => {
  const svg = smallMultiplesSvg(syntheticReportData());

  it('draws one panel per prefecture, each with a line per scenario', () => {
    expect(count(svg, /<g class="panel" data-prefecture=/)).toBe(11);
    expect(count(svg, /<path class="median"/)).toBe(22);
    expect(svg).toContain('>Lvliang</text>');
  });

  it('uses one value scale for all panels', () => {
    // taiyuan, datong and yangquan share the first row and differ by 0.02 and 0.04 in the fixture
    const panel = (id: string) => svg.indexOf(`data-prefecture="${id}"`);
    const t = hoverAt(svg, 0, 2035, panel('taiyuan')), d = hoverAt(svg, 0, 2035, panel('datong')), y = hoverAt(svg, 0, 2035, panel('yangquan'));
    expect(t.cy - d.cy).toBeGreaterThan(0);
    expect((t.cy - y.cy) / (t.cy - d.cy)).toBeCloseTo(2, 3);
  });

  it('heads each panel with the last-year medians of the scenarios', () => {
    expect(svg).toMatch(/data-scenario="0" [^>]*>61.0%<\/text>/);
    expect(svg).toMatch(/data-scenario="1" [^>]*>62.0%<\/text>/);
  });
});

describe('tiers chart', () => {
  const svg = tierAreaSvg(syntheticReportData());

  it('stacks cities, towns and villages for each scenario, cities at the bottom', () => {
    expect(count(svg, /<path class="area tier-city"/)).toBe(2);
    expect(count(svg, /<path class="area tier-town"/)).toBe(2);
    expect(count(svg, /<path class="area tier-village"/)).toBe(2);
    const city = /<circle class="hover" cx="[\d.]+" cy="([\d.]+)"[^>]*data-tip="baseline, 2035: regional cities/.exec(svg)!;
    const village = /<circle class="hover" cx="[\d.]+" cy="([\d.]+)"[^>]*data-tip="baseline, 2035: villages/.exec(svg)!;
    expect(Number(city[1])).toBeGreaterThan(Number(village[1]));
  });

  it('labels the last year\'s shares and has a tier legend', () => {
    expect(svg).toContain('regional cities 40.0%');
    expect(svg).toContain('county towns 28.0%');
    expect(svg).toContain('villages 32.0%');
    expect(count(svg, /<rect x="[\d.]+" y="58" width="14" height="14"/)).toBe(3);
  });
});

describe('prefecture map', () => {
  const data = syntheticReportData();

  it('draws the 11 prefectures inside each panel (rings rewound: no shape fills the globe)', () => {
    const svg = prefectureMapSvg(data);
    const paths = [...svg.matchAll(/<path class="prefecture" data-prefecture="(\d+)" data-scenario="(\d)" d="([^"]+)"/g)];
    expect(paths).toHaveLength(22);
    for (const [, , , d] of paths) {
      const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = nums.filter((_, i) => i % 2 === 0), ys = nums.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(-1);
      expect(Math.max(...xs)).toBeLessThanOrEqual(221);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(-1);
      expect(Math.max(...ys)).toBeLessThanOrEqual(391);
      expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(200);
    }
  });

  it('colours higher rates darker and credits the outlines', () => {
    const svg = prefectureMapSvg(data);
    const fill = (p: number) => new RegExp(`data-prefecture="${p}" data-scenario="0" d="[^"]+" fill="([^"]+)"`).exec(svg)![1];
    // fixture: taiyuan (0) lowest, lvliang (10) highest
    expect(luminance(fill(10))).toBeLessThan(luminance(fill(0)));
    expect(svg).toContain('leiii/census');
    expect(svg).toContain('MIT licence');
    expect(svg).toContain('Urbanization rate, % of residents');
  });

  it('draws the largest net flows of the chosen year as arrows with their size in the tooltip', () => {
    const svg = prefectureMapSvg(data, { year: 2030 });
    expect(count(svg, /<g class="flow"/)).toBe(6);
    expect(svg).toContain('baseline, 2030: net 9,000 persons moved Lvliang → Taiyuan');
    expect(MAP_FLOWS).toBeGreaterThanOrEqual(3);
    expect(count(prefectureMapSvg(data, { year: 2020 }), /<g class="flow"/)).toBe(0);
  });

  it('draws every year\'s flows for the slider, showing only the chosen year', () => {
    const svg = prefectureMapSvg(data, { allYears: true });
    expect(count(svg, /<g class="flows" data-year="\d+">/)).toBe(2);
    expect(count(svg, /<g class="flows" data-year="\d+" display="none">/)).toBe(30);
  });

  it('in change mode greys the baseline and colours the others by their difference', () => {
    const svg = prefectureMapSvg(data, { mode: 'change' });
    expect(svg).toContain('Change in urbanization rate against baseline, by prefecture, 2035');
    expect(count(svg, /data-scenario="0" d="[^"]+" fill="#e0e0e0"/)).toBe(11);
    expect(count(svg, /data-scenario="1" d="[^"]+" fill="#e0e0e0"/)).toBe(0);
    expect(svg).toContain('policy, Taiyuan, 2035: +1.0 pp');
  });
});

describe('hukou gap and scenario difference', () => {
  const data = syntheticReportData();

  it('draws resident (solid) and hukou (dashed) medians and reports the gap', () => {
    const svg = hukouGapSvg(data);
    expect(count(svg, /<path class="median"/)).toBe(4);
    expect(count(svg, /<path class="median"[^>]*stroke-dasharray/)).toBe(2);
    expect(svg).toContain('baseline, hukou rate, 2035: 55.0%');
    expect(svg).toContain('gap +16.0 pp');
    expect(svg).toContain('>baseline hukou 55.0%</text>');
  });

  it('draws each scenario minus the baseline around a zero line, in percentage points', () => {
    const svg = scenarioDifferenceSvg(data);
    expect(count(svg, /<path class="median"/)).toBe(1);
    expect(svg).toContain('<line class="zero"');
    expect(svg).toContain('>policy +1.00 pp</text>');
    expect(svg).toContain('Difference from baseline, percentage points');
    expect(svg).toContain('runs paired by seed');
  });
});

describe('chart set', () => {
  it('has the six charts with CSV data, and leaves out the difference with one scenario', () => {
    const charts = chartSet(syntheticReportData());
    expect(charts.map((c) => c.name)).toEqual(['fan', 'prefectures', 'tiers', 'map', 'hukou', 'difference']);
    expect(charts.find((c) => c.name === 'map')!.variants).toHaveProperty('map-change');
    expect(chartSet(syntheticReportData(['baseline'])).map((c) => c.name)).not.toContain('difference');
  });

  it('writes the numbers behind the fan chart, observed, target and benchmark included', () => {
    const csv = chartSet(syntheticReportData())[0].csv['fan.csv'].split('\n');
    expect(csv[0]).toBe('kind,scenario,year,value,q05,q25,q75,q95,seeds');
    expect(csv).toContain('simulated median,policy,2035,0.72,0.715,0.718,0.722,0.725,5');
    expect(csv).toContain('observed census,,2010,0.4805,,,,,');
    expect(csv).toContain('official target (close to 70),,2029,0.7,,,,,');
    expect(csv.some((l) => l.startsWith('UN logistic projection,,2035,'))).toBe(true);
  });
});

describe('csvTable', () => {
  it('quotes separators and quotes, and defuses spreadsheet formulas', () => {
    expect(csvTable(['a', 'b'], [['x,y', 'say "hi"'], ['=1+1', 0.1 + 0.2]])).toBe('a,b\n"x,y","say ""hi"""\n\'=1+1,0.3\n');
    expect(csvTable(['v'], [[NaN]])).toBe('v\nNA\n');
  });
});
