import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../core/inputError.js';
import { prepareBase } from '../model/baseCache.js';
import type { Places } from '../model/places.js';
import { LEVERS, type LeverName } from '../model/levers.js';
import { didYouMean } from './closestName.js';
import { leverReachProblem } from './leverReach.js';
import type { LeverTarget } from './leverSetting.js';
import { mergeScenarioValues, type ScenarioValue } from './mergeScenarioValues.js';
import { scaleProblem } from './scaleLimit.js';
import type { ScenarioIssue } from './scenarioIssue.js';
import { BUILTIN_DATA } from './scenarioSchema.js';
import { issueAt, shownPath, type ScenarioSource } from './scenarioSource.js';
import { LAST_RUN_YEAR } from '../core/limits.js';

/** The built-in data's census year: runs on it start there. */
export const BUILTIN_CENSUS_YEAR = 2020;

/** A lever entry of the merged scenario, with the file and index it came from (for positions). */
export interface LeverOrigin {
  entry: unknown;
  source: ScenarioSource;
  index: number;
}

/** What the checks established about a chain of files: the merged value, data folder and places. */
export interface CheckedScenario {
  merged: ScenarioValue;
  levers: LeverOrigin[];
  /** absolute data folder, undefined for the built-in data */
  dataDir?: string;
  places?: Places;
  issues: ScenarioIssue[];
}

/**
 * Checks what one file cannot check alone, on the merged chain (root first): the file's own name,
 * years, the data folder, lever target ids and effect prefecture ids against the data's places, and schedule years within
 * the run. Entries of the wrong shape are skipped here (schemaIssues reports them).
 */
export function checkScenario(sources: readonly ScenarioSource[]): CheckedScenario {
  const leaf = sources[sources.length - 1];
  const merged = sources.map((s) => s.value as ScenarioValue).reduce(mergeScenarioValues, {});
  const levers = sources.flatMap((source) => asList((source.value as ScenarioValue).levers).map((entry, index) => ({ entry, source, index })));
  const issues: ScenarioIssue[] = [];
  if ((leaf.value as ScenarioValue).name === undefined) {
    issues.push(issueAt(leaf, ['name'], 'missing (expected this scenario\'s own name, e.g. name: county-towns; a file that extends another sets its own so that their outputs do not mix)'));
  }
  const owner = (path: string[]) => [...sources].reverse().find((s) => valueAt(s.value, path) !== undefined) ?? leaf;
  const years = (merged.years ?? {}) as { first?: unknown; last?: unknown };
  const first = typeof years.first === 'number' ? years.first : undefined;
  const last = typeof years.last === 'number' ? years.last : undefined;
  for (const [key, v] of [['first', years.first], ['last', years.last]] as const) {
    if (v === undefined) issues.push(issueAt(leaf, ['years', key], `missing (expected the ${key} year of the run here or in the file this one extends, e.g. years: {first: 2020, last: 2035})`));
  }
  if (first !== undefined && last !== undefined && last <= first) {
    issues.push(issueAt(owner(['years', 'last']), ['years', 'last'], `${last} is not after the first year ${first} (expected a year from ${first + 1} to ${LAST_RUN_YEAR})`));
  }
  const data = merged.data === undefined ? BUILTIN_DATA : merged.data;
  let dataDir: string | undefined;
  let places: Places | undefined;
  if (data === BUILTIN_DATA) {
    if (first !== undefined && first !== BUILTIN_CENSUS_YEAR) {
      issues.push(issueAt(owner(['years', 'first']), ['years', 'first'], `${first} is not the census year of ${BUILTIN_DATA} (expected ${BUILTIN_CENSUS_YEAR}: runs start from the census)`));
    } else places = prepareBase(undefined, BUILTIN_CENSUS_YEAR).places;
  } else if (typeof data === 'string') {
    const from = owner(['data']);
    dataDir = resolve(dirname(from.file), data);
    if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
      issues.push(issueAt(from, ['data'], `no such folder ${shownPath(dataDir)} (expected "${BUILTIN_DATA}" or a data folder relative to this file)`));
    } else if (first !== undefined) {
      try {
        places = prepareBase(dataDir, first).places;
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        issues.push(issueAt(from, ['data'], `cannot read the base data: ${err.message}`));
      }
    }
  }
  if (places && first !== undefined && typeof merged.scale === 'number' && merged.scale > 0) {
    const coarse = scaleProblem(merged.scale, dataDir, first);
    if (coarse !== undefined) issues.push(issueAt(owner(['scale']), ['scale'], `${merged.scale} ${coarse}`));
  }
  for (const lever of levers) issues.push(...checkLever(lever, places, first, last));
  if (places) issues.push(...checkEffects(merged, owner, places));
  return { merged, levers, dataDir, places, issues };
}

/** Effects name prefectures: each id must be one of the base data's. */
function checkEffects(merged: ScenarioValue, owner: (path: string[]) => ScenarioSource, places: Places): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const effects = merged.effects;
  if (effects === null || typeof effects !== 'object') return issues;
  for (const [kind, map] of Object.entries(effects)) {
    if (map === null || typeof map !== 'object') continue;
    for (const id of Object.keys(map)) {
      if (places.prefectureIds.includes(id)) continue;
      const path = ['effects', kind, id];
      issues.push(issueAt(owner(path), path, `${JSON.stringify(id)} is not a known prefecture (expected one of ${places.prefectureIds.join(', ')}${didYouMean(id, places.prefectureIds)})`, 'key'));
    }
  }
  return issues;
}

function checkLever({ entry, source, index }: LeverOrigin, places: Places | undefined, first: number | undefined, last: number | undefined): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  if (entry === null || typeof entry !== 'object') return issues;
  const { target, schedule, lever } = entry as { target?: unknown; schedule?: unknown; lever?: unknown };
  // Multipliers (neutral 1) scale wages, housing and travel: 0 would leave a place with no utility at all.
  if (typeof lever === 'string' && lever in LEVERS && LEVERS[lever as LeverName].neutral === 1 && schedule !== null && typeof schedule === 'object' && !Array.isArray(schedule)) {
    for (const [key, value] of Object.entries(schedule)) {
      if (value === 0) issues.push(issueAt(source, ['levers', index, 'schedule', key], `${lever} is a multiplier and cannot be 0 (expected a value above 0: 0.5 halves, 1 keeps the current level)`));
    }
  }
  if (places && target !== null && typeof target === 'object' && Object.keys(target).length === 1) {
    const [kind, id] = Object.entries(target)[0];
    const known = kind === 'cluster' ? places.clusterIds : kind === 'prefecture' ? places.prefectureIds : kind === 'place' ? places.ids.filter((p) => p !== 'outside') : undefined;
    if (known && typeof id === 'string' && !known.includes(id)) {
      const expected = kind === 'place' ? 'a place id such as city:taiyuan, town:140121 or village:140121' : `one of ${known.join(', ')}`;
      const what = id === 'outside' ? 'the rest of China, which no lever acts on' : `not a known ${kind}`;
      issues.push(issueAt(source, ['levers', index, 'target', kind], `${JSON.stringify(id)} is ${what} (expected ${expected}${didYouMean(id, known)})`));
    }
  }
  const known = knownTarget(target, places);
  if (places && known && typeof lever === 'string' && lever in LEVERS) {
    const idle = leverReachProblem(lever as LeverName, known, places);
    if (idle !== undefined) issues.push(issueAt(source, ['levers', index, 'target'], idle));
  }
  if (first !== undefined && last !== undefined && schedule !== null && typeof schedule === 'object' && !Array.isArray(schedule)) {
    for (const key of Object.keys(schedule)) {
      const year = Number(key);
      if (/^[0-9]{4}$/.test(key) && (year < first || year > last)) {
        issues.push(issueAt(source, ['levers', index, 'schedule', key], `year ${year} is outside the run's years ${first}-${last} (expected a year from ${first} to ${last})`, 'key'));
      }
    }
  }
  return issues;
}

/** A written target whose kind and id the places know, else undefined (reported elsewhere). */
function knownTarget(target: unknown, places: Places | undefined): LeverTarget | undefined {
  if (target === 'province') return { kind: 'province' };
  if (!places || target === null || typeof target !== 'object' || Object.keys(target).length !== 1) return undefined;
  const [kind, id] = Object.entries(target)[0];
  const ids = kind === 'cluster' ? places.clusterIds : kind === 'prefecture' ? places.prefectureIds : kind === 'tier' ? ['city', 'town', 'village'] : kind === 'place' ? places.ids.filter((p) => p !== 'outside') : [];
  return typeof id === 'string' && ids.includes(id) ? ({ kind, id } as LeverTarget) : undefined;
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let v = root;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as ScenarioValue)[seg] : undefined;
  return v;
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
