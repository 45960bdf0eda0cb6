/**
 * One full run (2020-2035, all stages, population build included) at a given scale and thread count,
 * printed as one JSON line: used by bench/index.ts in a fresh process so peak RSS is this run's own.
 * Reproduce: node dist/bench/runScale.js <scale> <threads>
 */
import { runModel } from '../src/model/runModel.js';
import { runPartitioned } from '../src/parallel/runPartitioned.js';
import { DEFAULT_PARAMS } from '../src/model/params.js';
import type { RunSpec } from '../src/model/runSpec.js';
import { SERIES_FIELDS } from '../src/model/runSeries.js';
import { createHash } from 'node:crypto';

const scale = Number(process.argv[2] ?? 10);
const threads = Number(process.argv[3] ?? 1);
const spec: RunSpec = { scenario: 'bench', censusYear: 2020, firstYear: 2020, lastYear: 2035, scale, seed: 20201101, params: { ...DEFAULT_PARAMS }, levers: [] };
const t0 = performance.now();
const result = threads > 1 ? await runPartitioned(spec, threads) : runModel(spec);
const wallMs = performance.now() - t0;
const years = spec.lastYear - spec.firstYear;
const agentYears = ((result.agents.initial + result.agents.final) / 2) * years;
const peakRss = process.resourceUsage().maxRSS * 1024;
// A digest of every yearly count and flow: equal digests across thread counts show the split run gives the same numbers.
const hash = createHash('sha256');
for (const field of SERIES_FIELDS) hash.update(result.series[field]);
hash.update(result.series.flows);
const seriesDigest = hash.digest('hex').slice(0, 12);
process.stdout.write(JSON.stringify({
  scale, threads, agents: result.agents.initial, wallMs, setupMs: result.timings.setupMs, simulateMs: result.timings.simulateMs,
  agentYearsPerSecond: agentYears / (result.timings.simulateMs / 1000), peakRss, bytesPerAgent: peakRss / result.agents.initial,
  stageMs: result.timings.stageMs, seriesDigest,
}) + '\n');
