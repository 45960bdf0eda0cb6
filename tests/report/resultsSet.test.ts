import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/inputError.js';
import { SHANXI_DATA_DIR } from '../../src/model/data/baseData.js';
import { findRunFolders } from '../../src/report/results/findRunFolders.js';
import { netFlows } from '../../src/report/results/netFlows.js';
import { officialTargets } from '../../src/report/results/officialTargets.js';
import { differenceBands, pairRuns } from '../../src/report/results/pairedDifferences.js';
import { reportData } from '../../src/report/results/reportData.js';
import { groupRuns } from '../../src/report/results/resultsSet.js';
import { readRunFolder } from '../../src/report/results/runFolder.js';
import { readResults } from '../../src/report/results/readResults.js';
import { metricBands } from '../../src/report/results/metricBands.js';
import { writeRunFolder } from './fixtures/writeRunFolder.js';

const root = mkdtempSync(join(tmpdir(), 'urbanize-results-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const URBAN = { level: 'province', id: 'shanxi', metric: 'urban_rate' };

const run = (sub: string, name: string, hash: string, seed: number, shift: number, flow?: number) =>
  writeRunFolder(join(root, sub), { name, hash, seed, rate: (y) => 0.6 + 0.01 * (y - 2020) + shift, flow });

const b1 = run('set/runs/baseline/seed-1', 'baseline', 'b', 1, 0.000);
const b2 = run('set/runs/baseline/seed-2', 'baseline', 'b', 2, 0.002);
const p1 = run('set/runs/policy/seed-1', 'policy', 'p', 1, 0.010, 200);
const p2 = run('set/runs/policy/seed-2', 'policy', 'p', 2, 0.016, 200);

describe('reading run folders', () => {
  it('finds run folders below a results folder, in sorted order, and a run folder itself', () => {
    expect(findRunFolders(join(root, 'set'))).toEqual([b1, b2, p1, p2]);
    expect(findRunFolders(b1)).toEqual([b1]);
  });

  it('reads tables and metadata back', () => {
    const r = readRunFolder(b2);
    expect(r.metadata.scenario.name).toBe('baseline');
    expect(r.values.get('province|shanxi|urban_rate|2022')).toBeCloseTo(0.622, 12);
    expect(r.flows.filter((f) => f.level === 'prefecture')).toHaveLength(8);
  });

  it('reports missing or malformed files as input errors naming the file', () => {
    const empty = join(root, 'empty');
    run('empty/keep', 'x', 'x', 1, 0);
    rmSync(join(empty, 'keep', 'results.csv'));
    expect(() => readRunFolder(join(empty, 'keep'))).toThrow(InputError);
    expect(() => readRunFolder(join(empty, 'keep'))).toThrow(/results\.csv: file not found/);
    writeFileSync(join(empty, 'keep', 'results.csv'), 'year,id,value\n');
    expect(() => readRunFolder(join(empty, 'keep'))).toThrow(/results\.csv:1: header "year,id,value" \(expected year,level,id,metric,value\)/);
    writeFileSync(join(empty, 'keep', 'result.json'), '{"seed": 1}');
    expect(() => readRunFolder(join(empty, 'keep'))).toThrow(/result\.json: scenario\.name: missing/);
    expect(() => findRunFolders(join(root, 'nowhere'))).toThrow(/no such folder/);
    mkdirSync(join(root, 'bare', 'sub'), { recursive: true });
    expect(() => findRunFolders(join(root, 'bare'))).toThrow(/no result\.json or sweep\.json in it or below it/);
  });
});

describe('grouping and pairing', () => {
  const runs = [p1, p2, b1, b2, b1].map(readRunFolder);
  const set = groupRuns(runs);

  it('groups by scenario hash in order of appearance, counts a folder once, and takes `baseline` as reference', () => {
    expect(set.scenarios.map((s) => s.label)).toEqual(['policy', 'baseline']);
    expect(set.scenarios[1].runs.map((r) => r.metadata.seed)).toEqual([1, 2]);
    expect(set.baseline).toBe(1);
  });

  it('tells apart two scenarios of the same name by their hash', () => {
    const other = readRunFolder(run('other/seed-1', 'policy', 'feedbeef00', 1, 0));
    expect(groupRuns([...runs, other]).scenarios.map((s) => s.label)).toEqual(['policy (p)', 'baseline', 'policy (feedbeef)']);
  });

  it('pairs runs by seed and gives the bands of the paired differences', () => {
    const pairs = pairRuns(set.scenarios[0].runs, set.scenarios[1].runs);
    expect(pairs.by).toBe('seed');
    expect(pairs.pairs.map(([s, b]) => [s.metadata.seed, b.metadata.seed])).toEqual([[1, 1], [2, 2]]);
    const d = differenceBands(pairs, URBAN, [2020, 2022]);
    // differences 0.010 (seed 1) and 0.014 (seed 2): median 0.012
    expect(d[1].q50).toBeCloseTo(0.012, 12);
    expect(d[1].n).toBe(2);
  });

  it('pairs by seed rank when no seed is shared', () => {
    const lone = readRunFolder(run('lone/seed-7', 'policy', 'p', 7, 0.02));
    const pairs = pairRuns([lone], set.scenarios[1].runs);
    expect(pairs.by).toBe('order');
    expect(pairs.pairs[0][1].metadata.seed).toBe(1);
  });

  it('summarises each year across runs', () => {
    const bands = metricBands(set.scenarios[1].runs, URBAN, [2020, 2021, 2099]);
    expect(bands.map((b) => b.year)).toEqual([2020, 2021]);
    expect(bands[1].q50).toBeCloseTo(0.611, 12);
  });
});

describe('net flows', () => {
  it('subtracts the return flow, averages over runs and leaves out moves to outside and within a prefecture', () => {
    const runs = [b1, p1].map(readRunFolder);
    const flows = netFlows(runs, [2021, 2022], 5);
    // (100 + 200) / 2 - 30 = 120 from lvliang to taiyuan
    expect(flows).toEqual([{ year: 2021, from: 'lvliang', to: 'taiyuan', value: 120 }, { year: 2022, from: 'lvliang', to: 'taiyuan', value: 120 }]);
    expect(netFlows(runs, [2021], 0)).toEqual([]);
  });
});

describe('report data', () => {
  const data = reportData(groupRuns([b1, b2, p1, p2].map(readRunFolder)), { now: new Date('2025-01-01T00:00:00Z'), cwd: root });

  it('has tier shares that add up to one', () => {
    for (const series of data.tiers) for (const s of series) expect(s.shares.city + s.shares.town + s.shares.village).toBeCloseTo(1, 12);
    expect(data.tiers[0][0].shares.city).toBeCloseTo(0.3, 12);
  });

  it('compares the other scenario with the baseline, and records provenance', () => {
    expect(data.difference.map((d) => [d.scenario, d.by, d.pairs])).toEqual([[1, 'seed', 2]]);
    expect(data.provenance.commit).toBe('unknown');
    expect(data.provenance.generatedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(data.provenance.scenarios[0]).toMatchObject({ label: 'baseline', seeds: [1, 2], scales: [100], years: '2020-2022', runSeconds: 4 });
  });

  it('brings the observed series, the Shanxi target and the fitted benchmark', () => {
    expect(data.observed.find((p) => p.year === 2020 && p.kind === 'census')?.value).toBeCloseTo(0.6253, 12);
    expect(data.observed.find((p) => p.year === 2015)?.kind).toBe('pre-census estimate');
    expect(data.targets).toEqual([expect.objectContaining({ year: 2029, value: 0.7, text: 'close to 70' })]);
    expect(data.logistic?.t0).toBe(2020);
    expect(data.shapes?.features).toHaveLength(11);
  });

  it('reads only forward-looking numeric Shanxi targets', () => {
    expect(officialTargets(SHANXI_DATA_DIR, 2010).map((t) => t.year)).toEqual([2029, 2014]);
    expect(officialTargets(join(root, 'no-data'), 2020)).toEqual([]);
  });
});

describe('sweep folders', () => {
  const dir = join(root, 'sweeps', 'grid');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'sweep.json'), JSON.stringify({
    version: '0.1.0', sweep: { description: 'two openness values' }, scale: 100, years: { first: 2020, last: 2021 }, factors: [{ key: 'hukouOpenness' }],
    scenarios: [{ label: 'baseline', name: 'baseline', file: '/x/baseline.yaml', hash: 'h0' }],
  }));
  writeFileSync(join(dir, 'runs.csv'), 'runId,scenario,replicate,seed,point,role,hukouOpenness,status,error\n0,baseline,0,11,0,,1,ok,\n1,baseline,1,12,0,,1,ok,\n2,baseline,0,13,1,,2,ok,\n3,baseline,1,14,1,,2,failed,boom\n');
  writeFileSync(join(dir, 'results.csv'), 'runId,year,level,id,metric,value\n' + [0, 1, 2].flatMap((id) => [2020, 2021].map((y) => `${id},${y},province,shanxi,urban_rate,${0.6 + id / 100}`)).join('\n') + '\n');
  writeFileSync(join(dir, 'timings.csv'), 'runId,status,seconds\n0,ok,1.5\n1,ok,2.5\n2,ok,1\n3,failed,0.1\n');

  it('reads the finished runs of a sweep, one report scenario per design point, found like run folders', () => {
    const runs = readResults([join(root, 'sweeps')]);
    expect(runs.map((r) => [r.metadata.scenario.name, r.metadata.seed])).toEqual([['baseline [hukouOpenness=1]', 11], ['baseline [hukouOpenness=1]', 12], ['baseline [hukouOpenness=2]', 13]]);
    expect(runs[2].values.get('province|shanxi|urban_rate|2021')).toBeCloseTo(0.62, 12);
    const set = groupRuns(runs);
    expect(set.scenarios.map((s) => s.runs.length)).toEqual([2, 1]);
    expect(set.scenarios[0].runs[1].metadata.timings.simulateMs).toBe(2500);
  });
});
