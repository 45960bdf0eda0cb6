/**
 * The HTML report in a real browser: Debian's chromium, driven headless by playwright-core (never a
 * downloaded browser). CI installs it with .ci/install-chromium.sh; without it this test fails, on purpose.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/api/renderReport.js';
import { runModel } from '../../src/model/runModel.js';
import { runOutputs } from '../../src/report/runOutputs.js';
import { writeOutputDir } from '../../src/report/writeOutputDir.js';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import type { Scenario } from '../../src/scenario/scenario.js';
import { toRunSpec } from '../../src/scenario/toRunSpec.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const EVIL = '<script>alert(1)</script>';
const SEEDS = [1, 2];

let tmp: string;
let browser: Browser | undefined;
let page: Page;
const problems: string[] = [];
const dialogs: string[] = [];
const rate2035 = new Map<string, number[]>();

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: the report's browser test needs Debian's chromium. Install it with .ci/install-chromium.sh (apt-get install chromium); Playwright must not download a browser.`);
  }
  tmp = mkdtempSync(join(tmpdir(), 'urbanize-browser-'));
  const baseline = loadScenario('baseline');
  // more in-situ urbanization, so the two scenarios' lines lie apart
  const evil: Scenario = {
    ...baseline, name: EVIL, description: '<img src=x onerror=alert(2)> & "quoted"', file: undefined, hash: `evil-${baseline.hash}`,
    params: { ...baseline.params, reclassificationRate: baseline.params.reclassificationRate * 4 },
  };
  const dirs: string[] = [];
  [baseline, evil].forEach((s, k) => {
    for (const seed of SEEDS) {
      const dir = join(tmp, 'runs', `s${k}`, `seed-${seed}`);
      const out = runOutputs(runModel(toRunSpec(s, { scale: 400, seed, firstYear: 2020, lastYear: 2035 })), s);
      writeOutputDir(dir, out.files);
      const v = out.rows.find((r) => r.level === 'province' && r.metric === 'urban_rate' && r.year === 2035)!.value;
      rate2035.set(s.name, [...(rate2035.get(s.name) ?? []), v]);
      dirs.push(dir);
    }
  });
  const report = renderReport(dirs, join(tmp, 'report'), { png: false }).report;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!/^(file|data):/.test(r.url())) problems.push(`network request: ${r.url()}`); });
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(pathToFileURL(report).href);
});

afterAll(async () => {
  if (page) {
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-output', 'report.png'), fullPage: true });
  }
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Number of elements matching `selector` that are drawn with a non-empty box. */
async function drawn(selector: string): Promise<number> {
  return page.$$eval(selector, (els) => els.filter((e) => { const b = (e as SVGGraphicsElement).getBBox(); return b.width > 0 || b.height > 0; }).length);
}

describe('the HTML report in chromium', () => {
  it('opens from disk without console errors or network requests', async () => {
    expect(await page.title()).toBe(`urbanize report: baseline, ${EVIL}`);
    expect(problems).toEqual([]);
  });

  it('draws the marks of every chart', async () => {
    expect(await drawn('#chart-fan path.median')).toBe(2);
    expect(await drawn('#chart-fan path.band')).toBe(4);
    expect(await drawn('#chart-fan path.logistic')).toBe(1);
    expect(await drawn('#chart-fan .observed-point')).toBeGreaterThanOrEqual(5);
    expect(await drawn('#chart-multiples path.median')).toBe(22);
    expect(await drawn('#chart-tiers path.area')).toBe(6);
    expect(await drawn('#chart-hukou path.median')).toBe(4);
    expect(await drawn('#chart-difference path.median')).toBe(1);
    expect(await drawn('#chart-difference path.band')).toBe(2);
    expect(await drawn('#chart-map path.prefecture')).toBe(22);
    expect(await drawn('#chart-map g.flows:not([display="none"]) g.flow')).toBeGreaterThan(0);
  });

  it('draws each prefecture inside its map panel, not across the globe', async () => {
    const boxes = await page.$$eval('#chart-map path.prefecture', (els) => els.map((e) => (e as SVGGraphicsElement).getBBox()).map((b) => [b.width, b.height]));
    for (const [w, h] of boxes) {
      expect(w).toBeLessThan(220);
      expect(h).toBeLessThan(390);
    }
  });

  it('shows the value of a line in a tooltip on hover', async () => {
    const values = rate2035.get('baseline')!;
    const expected = `baseline, 2035: ${(((values[0] + values[1]) / 2) * 100).toFixed(1)}%`;
    const point = page.locator('#chart-fan .hover[data-scenario="0"][data-year="2035"]');
    await point.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await point.hover();
    await expect.poll(() => page.locator('#tooltip').isVisible()).toBe(true);
    expect(await page.locator('#tooltip').textContent()).toContain(expected);

    // on the line itself, between 2034 and 2035 but nearer 2035 and outside the point's circle
    await page.mouse.move(5, 5);
    await expect.poll(() => page.locator('#tooltip').isVisible()).toBe(false);
    const at = await page.$eval('#chart-fan path.median[data-scenario="0"]', (path) => {
      const svg = (path as SVGPathElement).ownerSVGElement!;
      const cx = (year: number) => Number(svg.querySelector(`.hover[data-scenario="0"][data-year="${year}"]`)!.getAttribute('cx'));
      const target = cx(2035) - 0.35 * (cx(2035) - cx(2034));
      const p = path as SVGPathElement;
      let lo = 0, hi = p.getTotalLength();
      for (let i = 0; i < 40; i++) { const mid = (lo + hi) / 2; if (p.getPointAtLength(mid).x < target) lo = mid; else hi = mid; }
      const pt = p.getPointAtLength(lo);
      const screen = new DOMPoint(pt.x, pt.y).matrixTransform(svg.getScreenCTM()!);
      return { x: screen.x, y: screen.y };
    });
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('class'), at)).toBe('median');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('#tooltip').isVisible()).toBe(true);
    expect(await page.locator('#tooltip').textContent()).toContain(expected);
  });

  it('shows the tier of a stacked area under the pointer', async () => {
    const area = page.locator('#chart-tiers g.scenario[data-scenario="0"] path.area[data-tier="town"]');
    await area.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    const box = (await area.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await expect.poll(() => page.locator('#tooltip').isVisible()).toBe(true);
    expect(await page.locator('#tooltip').textContent()).toMatch(/^baseline, 20\d\d: county towns \d+\.\d% of residents$/);
  });

  it('hides a scenario\'s marks when its toggle is unchecked, and shows them again', async () => {
    const toggle = page.locator('input.scenario-toggle[value="1"]');
    await toggle.uncheck();
    expect(await page.locator('#chart-fan path.median[data-scenario="1"]').isVisible()).toBe(false);
    expect(await page.locator('#chart-multiples g.scenario[data-scenario="1"]').first().isVisible()).toBe(false);
    expect(await page.locator('#chart-map g.map-panel[data-scenario="1"]').isVisible()).toBe(false);
    expect(await page.locator('table.summary tr[data-scenario="1"]').first().isVisible()).toBe(false);
    expect(await page.locator('#chart-fan path.median[data-scenario="0"]').isVisible()).toBe(true);
    await toggle.check();
    expect(await page.locator('#chart-fan path.median[data-scenario="1"]').isVisible()).toBe(true);
  });

  it('moves the map through the years with the slider and switches to change against the baseline', async () => {
    const slider = page.locator('#map-year');
    await slider.fill('0');
    expect(await page.locator('#chart-map .map-year').textContent()).toBe('2020');
    expect(await drawn('#chart-map g.flows:not([display="none"]) g.flow')).toBe(0);
    const fill2020 = await page.locator('#chart-map path.prefecture[data-scenario="1"]').first().getAttribute('fill');
    await slider.fill('15');
    expect(await page.locator('#map-year-value').textContent()).toBe('2035');
    expect(await page.locator('#chart-map path.prefecture[data-scenario="1"]').first().getAttribute('fill')).not.toBe(fill2020);
    await page.locator('input[name="map-mode"][value="change"]').check();
    const baseFills = await page.$$eval('#chart-map path.prefecture[data-scenario="0"]', (els) => [...new Set(els.map((e) => e.getAttribute('fill')))]);
    expect(baseFills).toEqual(['#e0e0e0']);
    expect(await page.locator('#chart-map .title').textContent()).toBe('Change in urbanization rate against baseline, by prefecture, 2035');
    await page.locator('input[name="map-mode"][value="rate"]').check();
  });

  it('renders a scenario named like a script as text, and runs none of it', async () => {
    expect(dialogs).toEqual([]);
    expect(await page.locator('.scenario-name').nth(1).textContent()).toBe(EVIL);
    expect(await page.locator('table.runs tr[data-scenario="1"] td').first().textContent()).toBe('<img src=x onerror=alert(2)> & "quoted"');
    expect(await page.evaluate(() => document.scripts.length)).toBe(2);
    expect(await page.evaluate(() => document.images.length)).toBe(0);
    const csv = decodeURIComponent((await page.locator('a[download="fan.csv"]').getAttribute('href'))!.split(',').slice(1).join(','));
    expect(csv).toContain(`simulated median,${EVIL},2035,`);
    expect(readFileSync(join(tmp, 'report', 'report.html'), 'utf8')).not.toContain(EVIL);
  });
});
