/**
 * `compare` and `report` end to end at a small scale: the API in-process, the CLI from dist/ (built by
 * `npm test`, or here if missing).
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, folderName } from '../../src/api/compare.js';
import { renderReport } from '../../src/api/renderReport.js';
import { InputError } from '../../src/core/inputError.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];
let tmp: string;
let out: string;
let result: ReturnType<typeof compare>;
const notes: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) execSync('npx tsc -p tsconfig.json', { cwd: ROOT, stdio: 'pipe' });
  tmp = mkdtempSync(join(tmpdir(), 'urbanize-compare-'));
  const policy = join(tmp, 'open-hukou.yaml');
  writeFileSync(policy, [
    `extends: ${JSON.stringify(join(ROOT, 'scenarios', 'shanxi', 'baseline.yaml'))}`,
    'name: open-hukou',
    'description: Hukou openness tripled from 2021 (test scenario)',
    'levers:',
    '  - lever: hukouOpenness',
    '    target: province',
    '    schedule: { 2021: 3 }',
  ].join('\n'));
  out = join(tmp, 'cmp');
  result = await compare(['baseline', policy, 'baseline'], { seeds: 2, scale: 400, firstYear: 2020, lastYear: 2023, out, onProgress: (m) => notes.push(m) });
});
afterAll(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

describe('compare', () => {
  it('runs each scenario once per seed into runs/<scenario>/seed-<n>/, seeds counting up from the scenario seed', () => {
    expect(readdirSync(join(out, 'runs')).sort()).toEqual(['baseline', 'open-hukou']);
    expect(readdirSync(join(out, 'runs', 'open-hukou')).sort()).toEqual(['seed-1', 'seed-2']);
    const meta = JSON.parse(readFileSync(join(out, 'runs', 'open-hukou', 'seed-2', 'result.json'), 'utf8'));
    expect(meta).toMatchObject({ seed: 2, scale: 400, years: { first: 2020, last: 2023 }, scenario: { name: 'open-hukou' } });
    expect(result.written).toHaveLength(4);
  });

  it('runs a scenario given twice only once, and says so', () => {
    expect(notes.filter((n) => n.includes('same scenario as an earlier argument'))).toHaveLength(1);
    // Runs finish in any order on the worker pool; each is reported once, counted up to 4.
    const runs = notes.filter((n) => n.startsWith('run '));
    expect(runs.map((n) => n.replace(/^run \d\/4 done: /, '')).sort()).toEqual(['baseline, seed 1', 'baseline, seed 2', 'open-hukou, seed 1', 'open-hukou, seed 2']);
    expect(runs.map((n) => n.slice(0, 7))).toEqual(['run 1/4', 'run 2/4', 'run 3/4', 'run 4/4']);
  });

  it('writes report.html and every chart as SVG, PNG and CSV', () => {
    expect(result.report).toBe(join(out, 'report.html'));
    const files = readdirSync(join(out, 'charts'));
    for (const name of ['fan', 'prefectures', 'tiers', 'map', 'map-change', 'hukou', 'difference']) {
      expect(files).toContain(`${name}.svg`);
      expect([...readFileSync(join(out, 'charts', `${name}.png`)).subarray(0, 4)]).toEqual(PNG_MAGIC);
    }
    expect(files).toContain('fan.csv');
    const html = readFileSync(result.report, 'utf8');
    expect(html).toContain('open-hukou');
    expect(html).toContain('Hukou openness tripled from 2021 (test scenario)');
  });

  it('shows the policy effect paired by seed: opening hukou raises the hukou urbanization rate', () => {
    const csv = readFileSync(join(out, 'charts', 'hukou.csv'), 'utf8').split('\n');
    const median = (scenario: string) => Number(csv.find((l) => l.startsWith(`${scenario},hukou_urban_rate,2023,`))!.split(',')[3]);
    expect(median('open-hukou')).toBeGreaterThan(median('baseline'));
    expect(readFileSync(join(out, 'charts', 'difference.csv'), 'utf8')).toContain('open-hukou,baseline,2023,seed,');
  });

  it('reads finished run folders instead of running, and checks all input before any run', async () => {
    const again = await compare([join(out, 'runs')], { out: join(tmp, 'again'), png: false });
    expect(again.written).toEqual([]);
    expect(again.scenarios).toEqual(['baseline', 'open-hukou']);
    await expect(compare(['baseline', join(tmp, 'missing.yaml')], { out: join(tmp, 'never') })).rejects.toThrow(InputError);
    await expect(compare(['baseline'], { seeds: 0, out: join(tmp, 'never') })).rejects.toThrow(/--seeds 0/);
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });

  it('regression: refuses --workers that is not a whole number of threads (a pool of NaN workers never settled: exit 13)', async () => {
    for (const workers of [-1, 1.5, NaN, 257]) {
      await expect(compare(['baseline'], { seeds: 2, workers, out: join(tmp, 'never') })).rejects.toThrow(`--workers ${workers}: expected an integer from 0`);
    }
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });

  it('regression: refuses --seeds, --scale and --years given with results folders only, which they would not change', async () => {
    const runs = join(out, 'runs');
    await expect(compare([runs], { seeds: 3, scale: 5, firstYear: 2020, lastYear: 2030, out: join(tmp, 'never') }))
      .rejects.toThrow(`compare: --seeds 3, --scale 5 and --years 2020-2030 apply only to scenarios that compare runs, but ${runs} is a results folder`);
    await expect(compare([runs], { scale: 5, out: join(tmp, 'never') })).rejects.toThrow(/--scale 5 applies only to scenarios/);
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });

  it('names scenario folders safely and apart', () => {
    const s = (name: string, hash: string) => ({ name, hash }) as Parameters<typeof folderName>[0];
    const a = s('a b', 'aaaaaaaa11'), b = s('a-b', 'bbbbbbbb22');
    expect(folderName(s('../<x>', 'h'), [])).toBe('x-');
    expect(folderName(a, [a, b])).toBe('a-b-aaaaaaaa');
    expect(folderName(b, [a])).toBe('a-b-bbbbbbbb');
  });
});

describe('renderReport on one run folder (what `urbanize run` calls)', () => {
  it('writes report.html and charts/ into the run folder, without a difference chart', () => {
    const run = join(out, 'runs', 'baseline', 'seed-1');
    const r = renderReport([run], run, { png: false });
    expect(r.report).toBe(join(run, 'report.html'));
    expect(r.scenarios).toEqual(['baseline']);
    expect(readdirSync(join(run, 'charts')).filter((f) => f.endsWith('.svg')).sort()).toEqual(['fan.svg', 'hukou.svg', 'map.svg', 'prefectures.svg', 'tiers.svg']);
    expect(readdirSync(run)).toContain('results.csv');
  });
});

describe('the CLI', () => {
  const urbanize = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'urbanize.js'), ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });

  it('urbanize report prints where the report and the charts are', () => {
    const r = urbanize('report', join(out, 'runs'), '--out', 'rep', '--no-png');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Report: rep/report.html');
    expect(r.stdout).toContain('Charts: rep/charts/ (fan, prefectures, tiers, map, map-change, hukou, difference');
    expect(existsSync(join(tmp, 'rep', 'report.html'))).toBe(true);
  });

  it('urbanize report --json gives the paths as JSON', () => {
    const r = urbanize('report', join(out, 'runs'), '--out', 'rep-json', '--no-png', '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ report: join(tmp, 'rep-json', 'report.html'), scenarios: ['baseline', 'open-hukou'], runs: 4 });
  });

  it('bad input: exit code 2, one line on stderr, nothing written', () => {
    for (const args of [['compare', 'no-such-scenario.yaml', '--out', 'bad'], ['report', 'no-such-folder', '--out', 'bad'], ['compare', 'baseline', '--seeds', '1.5', '--out', 'bad']]) {
      const r = urbanize(...args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    expect(existsSync(join(tmp, 'bad'))).toBe(false);
  });
});
