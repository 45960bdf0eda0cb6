import { stringify } from 'yaml';
import type { GenerationSummary } from './abcSmc.js';
import type { BalanceResult } from './balanceEffects.js';
import type { GroupError } from './groupErrors.js';
import { EFFECT_KINDS } from '../model/prefectureEffects.js';
import type { PrefectureEffects } from './prefectureEffects.js';

/** What the header of calibrated.yaml records. */
export interface CalibratedYamlInput {
  calibrationName: string;
  /** the command that reproduces the file */
  command: string;
  /** ISO date (YYYY-MM-DD) */
  date: string;
  version: string;
  seconds: number;
  workers: number;
  evaluations: number;
  stopReason: string;
  generations: readonly GenerationSummary[];
  /** weighted median and 90% interval of each fitted parameter */
  summary: Record<string, { median: number; q05: number; q95: number }>;
  /** errors at the rounded medians (mean of replicate runs) */
  fit: readonly GroupError[];
  replicates: number;
  scale: number;
  /** balanced per-prefecture effects, written as `effects:` */
  effects?: PrefectureEffects;
  /** mean |error| of the prefecture targets over the balancing iterations */
  balance?: BalanceResult['history'];
}

/** Four significant digits: what the scenario keeps (the posterior sample keeps full precision). */
export function roundParam(v: number): number {
  return Number(v.toPrecision(4));
}

/**
 * calibrated.yaml: a scenario file holding only `params:` (posterior medians), with a header saying how
 * it was made and how well it fits, so the baseline can extend it.
 */
export function calibratedYaml(input: CalibratedYamlInput): string {
  const r = (v: number) => String(roundParam(v));
  const description = `Posterior medians of the ABC-SMC calibration "${input.calibrationName}" (see the header above).`;
  const lines = [
    '# Calibrated model parameters: weighted posterior medians of an ABC-SMC calibration (docs/calibration.md).',
    '# Written by `urbanize calibrate`; edit the calibration file and rerun it rather than this file.',
    `# Reproduce: ${oneLine(input.command)}`,
    `# Made: ${input.date}, urbanize ${input.version}, ${Math.round(input.seconds)} s on ${input.workers} worker thread(s), ${input.evaluations} evaluations,`,
    `#   ${input.generations.length} generations (stopped: ${input.stopReason}); last tolerance ${input.generations[input.generations.length - 1].epsilon.toFixed(3)}.`,
    `# Posterior sample with weights: posterior.csv (next to this file). Weighted median [5%, 95%]:`,
    ...Object.entries(input.summary).map(([n, s]) => `#   ${n}: ${r(s.median)} [${r(s.q05)}, ${r(s.q95)}]`),
    `# Fit at these values (mean of ${input.replicates} runs at 1 agent = ${input.scale} persons), mean |error| (max) per target group:`,
    ...input.fit.map((g) => `#   ${g.label} (${g.role}): ${g.meanAbsError.toFixed(2)} ${g.unit} (max ${g.maxAbsError.toFixed(2)}; tolerance ${g.tolerance})`),
    'name: calibrated',
    // The calibration's name is free text (colons, quotes, '#', line breaks): yaml quotes it as needed.
    stringify({ description }, { lineWidth: 0 }).trimEnd(),
    '# Years so that this file is a complete scenario (validate, run) on its own; the baseline extends it.',
    'years: { first: 2020, last: 2035 }',
    'params:',
    ...Object.entries(input.summary).map(([n, s]) => `  ${n}: ${r(s.median)}`),
    ...(input.effects ? effectLines(input.effects, input.balance ?? []) : []),
  ];
  return lines.join('\n') + '\n';
}

/** Text for a comment line: a line break would end the comment and leave the rest as YAML. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** The per-prefecture effects as an `effects:` section, with how the balancing converged. */
function effectLines(effects: PrefectureEffects, history: BalanceResult['history']): string[] {
  const first = history[0], last = history[history.length - 1];
  return [
    '# Per-prefecture effects (docs/calibration.md section 3a), balanced at the medians above so that the hindcast from',
    first && last
      ? `# the 2010 census reproduces each prefecture's population and urban rate: mean |error| of prefecture populations ${first.population.toFixed(2)}% -> ${last.population.toFixed(2)}%, of urban rates ${first.urbanRate.toFixed(2)} -> ${last.urbanRate.toFixed(2)} pp over ${history.length - 1} iterations.`
      : "# the 2010 census reproduces each prefecture's population and urban rate.",
    'effects:',
    ...EFFECT_KINDS.map((kind) => `  ${kind}: { ${Object.entries(effects[kind]).map(([id, v]) => `${id}: ${v}`).join(', ')} }`),
  ];
}
