import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/api/renderReport.js';
import { metricBands } from '../../src/report/results/metricBands.js';
import { readResults } from '../../src/report/results/readResults.js';
import { groupRuns } from '../../src/report/results/resultsSet.js';
import { readRunFolder } from '../../src/report/results/runFolder.js';
import { writeRunFolder } from './fixtures/writeRunFolder.js';

// Regression: report and compare pooled runs of one scenario hash whatever their scale and years, and
// counted the same run found in two folders (or a sweep design point by number across sweeps) as more seeds.
const root = mkdtempSync(join(tmpdir(), 'urbanize-pooling-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const URBAN = { level: 'province', id: 'shanxi', metric: 'urban_rate' };
const run = (sub: string, seed: number, o: { scale?: number; lastYear?: number } = {}) =>
  writeRunFolder(join(root, sub), { name: 'baseline', hash: 'b', seed, rate: (y) => 0.6 + 0.01 * (y - 2020) + seed / 1000, ...o });

describe('runs of one scenario at another scale or span of years', () => {
  const t1 = run('t1', 5, { scale: 1000, lastYear: 2025 });
  const t2 = run('t2', 1, { scale: 400 });

  it('are kept apart, each labelled with its scale and years, so no band mixes them', () => {
    const set = groupRuns([t1, t2].map(readRunFolder));
    expect(set.scenarios.map((s) => s.label)).toEqual(['baseline (1:1000, 2020-2025)', 'baseline (1:400, 2020-2022)']);
    expect(set.scenarios.map((s) => s.runs.length)).toEqual([1, 1]);
    expect(metricBands(set.scenarios[0].runs, URBAN, [2020, 2025]).map((b) => b.n)).toEqual([1, 1]);
    expect(set.baseline).toBe(0);
  });

  it('name only the scale when the years agree', () => {
    const t4 = run('t4', 1, { scale: 1000, lastYear: 2025 });
    const t5 = run('t5', 1, { scale: 400, lastYear: 2025 });
    expect(groupRuns([t4, t5].map(readRunFolder)).scenarios.map((s) => s.label)).toEqual(['baseline (1:1000)', 'baseline (1:400)']);
  });
});

describe('the same run found twice', () => {
  const a = run('same/a', 5);
  const b = join(root, 'same', 'b');
  cpSync(a, b, { recursive: true });

  it('counts once, with a warning naming both folders', () => {
    const warnings: string[] = [];
    const set = groupRuns([a, b].map(readRunFolder), { onWarning: (m) => warnings.push(m) });
    expect(set.scenarios[0].runs.map((r) => r.dir)).toEqual([a]);
    expect(warnings).toEqual([`warning: ${b} is the same run as ${a} (baseline, seed 5, 1:100, 2020-2022); counted once`]);
  });

  it('counts once in a report, which passes the warning on', () => {
    const warnings: string[] = [];
    const r = renderReport([join(root, 'same')], join(root, 'same-report'), { png: false, onWarning: (m) => warnings.push(m) });
    expect(r.runs).toBe(1);
    expect(warnings).toHaveLength(1);
  });
});

describe('design points of two sweeps', () => {
  const sweep = (name: string, values: number[], seeds: number[], design = 'grid', hash = `sweep-${name}`) => {
    const dir = join(root, 'sweeps', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'sweep.json'), JSON.stringify({
      version: '0.1.0', sweep: { description: name, hash }, scale: 100, years: { first: 2020, last: 2021 }, factors: [{ key: 'hukouOpenness' }],
      scenarios: [{ label: 'baseline', name: 'baseline', hash: 'h0' }], design: { type: design },
    }));
    writeFileSync(join(dir, 'runs.csv'), 'runId,scenario,replicate,seed,point,role,hukouOpenness,status,error\n' + values.map((v, i) => `${i},baseline,0,${seeds[i]},${i},,${v},ok,`).join('\n') + '\n');
    writeFileSync(join(dir, 'results.csv'), 'runId,year,level,id,metric,value\n' + values.flatMap((v, i) => [2020, 2021].map((y) => `${i},${y},province,shanxi,urban_rate,${0.6 + v / 100}`)).join('\n') + '\n');
    return dir;
  };
  // sweep seeds come from (scenario, factor values, replicate): openness 2 has seed 22 in both sweeps
  const a = sweep('a', [1, 2], [11, 22]);
  const b = sweep('b', [2, 3], [22, 33]);

  it('pool by factor values, not by point number, and count a point run in both once', () => {
    const warnings: string[] = [];
    const set = groupRuns(readResults([a, b]), { onWarning: (m) => warnings.push(m) });
    expect(set.scenarios.map((s) => [s.label, s.runs.length])).toEqual([['baseline [hukouOpenness=1]', 1], ['baseline [hukouOpenness=2]', 1], ['baseline [hukouOpenness=3]', 1]]);
    expect(warnings).toEqual([expect.stringContaining(`${b}#run-0 is the same run as ${a}#run-1`)]);
  });

  it('pool the points of a sampled design (LHS, Sobol\', Morris) into one band per scenario: fifty lines were unreadable', () => {
    const lhs = sweep('lhs', [1, 2, 3], [41, 42, 43], 'lhs');
    const set = groupRuns(readResults([lhs]));
    expect(set.scenarios.map((s) => [s.label, s.runs.length])).toEqual([['baseline (LHS sets)', 3]]);
  });

  it('pool the sampled points of shards of one sweep, and keep two sweeps apart under distinct labels', () => {
    const shard0 = sweep('shard0', [1, 2], [51, 52], 'lhs', 'one-sweep'), shard1 = sweep('shard1', [3], [53], 'lhs', 'one-sweep');
    expect(groupRuns(readResults([shard0, shard1])).scenarios.map((s) => s.runs.length)).toEqual([3]);
    const other = sweep('other', [1, 2], [61, 62], 'lhs', 'another-sweep');
    const labels = groupRuns(readResults([shard0, other])).scenarios.map((s) => s.label);
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
  });
});
