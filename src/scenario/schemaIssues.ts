import { z } from 'zod';
import { schemaAt } from './schemaAt.js';
import { didYouMean } from './closestName.js';
import type { ScenarioIssue } from './scenarioIssue.js';
import { scenarioFileSchema, targetSchema } from './scenarioSchema.js';
import { issueAt, type ScenarioSource } from './scenarioSource.js';

type Issue = z.core.$ZodIssue;
const TARGET_KINDS = ['cluster', 'prefecture', 'tier', 'place'];
const TARGET_FORMS = 'province, or a mapping {cluster: id}, {prefecture: id}, {tier: city|town|village} or {place: id}';

/**
 * Validates a parsed file against the scenario schema and words each problem for people:
 * `what is wrong (expected ...)`, positioned at the offending key or value.
 */
export function schemaIssues(source: ScenarioSource): ScenarioIssue[] {
  const result = scenarioFileSchema.safeParse(source.value);
  if (result.success) return [];
  return result.error.issues.flatMap((iss) => explain(source, iss, []));
}

function explain(source: ScenarioSource, iss: Issue, prefix: PropertyKey[]): ScenarioIssue[] {
  const path = [...prefix, ...iss.path];
  const value = valueAt(source.value, path);
  const field = schemaAt(scenarioFileSchema, path);
  switch (iss.code) {
    case 'unrecognized_keys': {
      const allowed = objectKeys(field);
      return iss.keys.map((k) => issueAt(source, [...path, k], `unknown field (expected one of ${allowed.join(', ')}${didYouMean(k, allowed)})`, 'key'));
    }
    case 'invalid_type':
      if (value === undefined) return [issueAt(source, path, `missing (expected ${expectedOf(field, iss.expected)})`)];
      if (value === null) return [issueAt(source, path, `has no value (expected ${expectedOf(field, iss.expected)})`)];
      return [issueAt(source, path, `${typeof value === 'number' ? typedNumber(source, path, value) : show(value)} is ${kindOf(value)} (expected ${expectedOf(field, iss.expected)})`)];
    case 'too_small':
    case 'too_big':
      if (iss.origin === 'string') return [issueAt(source, path, 'is empty (expected non-empty text)')];
      return [issueAt(source, path, `${show(value)} is out of range (expected ${expectedOf(field, 'number')})`)];
    case 'invalid_value': {
      const options = iss.values.map(String);
      if (value === undefined) return [issueAt(source, path, `missing (expected one of ${options.join(', ')})`)];
      return [issueAt(source, path, `${show(value)} is not allowed (expected one of ${options.join(', ')}${typeof value === 'string' ? didYouMean(value, options) : ''})`)];
    }
    case 'invalid_format':
      if (path.length === 1 && path[0] === 'name') return [issueAt(source, path, `${show(value)} is not a valid name (expected letters, digits, ".", "_" or "-", starting with a letter or digit: it names the output folder)`)];
      return [issueAt(source, path, `${show(value)} has the wrong form (expected ${iss.format})`)];
    case 'invalid_key':
      return [issueAt(source, path, `${show(path[path.length - 1])} is not a year (expected a four-digit year such as 2030)`, 'key')];
    case 'invalid_union':
      return explainTarget(source, path, value);
    default:
      return [issueAt(source, path, iss.message)];
  }
}

/** A lever target failed every form: say which form it seems meant as, and what is wrong with it. */
function explainTarget(source: ScenarioSource, path: PropertyKey[], value: unknown): ScenarioIssue[] {
  if (value === undefined) return [issueAt(source, path.slice(0, -1), `${String(path[path.length - 1])} is missing (expected ${TARGET_FORMS})`)];
  if (typeof value === 'string') return [issueAt(source, path, `${show(value)} is not a target (expected ${TARGET_FORMS}${didYouMean(value, ['province'])})`)];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [issueAt(source, path, `${show(value)} is ${kindOf(value)} (expected ${TARGET_FORMS})`)];
  const keys = Object.keys(value);
  if (keys.length !== 1) return [issueAt(source, path, `${keys.length === 0 ? 'an empty mapping' : `names ${keys.join(' and ')}`} (expected exactly one of ${TARGET_KINDS.join(', ')}; use one lever entry per target)`)];
  const kind = keys[0];
  if (!TARGET_KINDS.includes(kind)) return [issueAt(source, [...path, kind], `unknown target kind (expected one of ${TARGET_KINDS.join(', ')}${didYouMean(kind, TARGET_KINDS)})`, 'key')];
  const branch = targetSchema.options.find((o) => o instanceof z.ZodObject && kind in o.shape)!;
  const result = branch.safeParse(value);
  return result.success ? [] : result.error.issues.flatMap((iss) => explain(source, iss, path));
}

/** The plain value at a path of the parsed file. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg as string] : undefined;
  return v;
}

function objectKeys(s: z.ZodType | undefined): string[] {
  return s instanceof z.ZodObject ? Object.keys(s.shape).filter((k) => k !== '$schema') : [];
}

/** "a number from 0 to 10", "an integer from 0 to 4294967295", "a number above 0", "text", "a mapping", "a list". */
function expectedOf(s: z.ZodType | undefined, fallback: string): string {
  if (s instanceof z.ZodNumber) {
    const noun = s.isInt ? 'an integer' : 'a number';
    const lo = Number.isFinite(s.minValue) && Math.abs(s.minValue!) < 1e15 ? s.minValue! : undefined;
    const hi = Number.isFinite(s.maxValue) && Math.abs(s.maxValue!) < 1e15 ? s.maxValue! : undefined;
    if (lo !== undefined && !s.safeParse(lo).success) return `${noun} above ${lo}`;
    if (lo !== undefined && hi !== undefined) return `${noun} from ${lo} to ${hi}`;
    if (lo !== undefined) return `${noun} of at least ${lo}`;
    return noun;
  }
  if (s instanceof z.ZodString) return 'text';
  if (s instanceof z.ZodObject || s instanceof z.ZodRecord) return 'a mapping';
  if (s instanceof z.ZodArray) return 'a list';
  if (s instanceof z.ZodEnum) return `one of ${s.options.join(', ')}`;
  if (s instanceof z.ZodUnion) return TARGET_FORMS;
  return { object: 'a mapping', array: 'a list', string: 'text', int: 'an integer' }[fallback] ?? `a ${fallback}`;
}

/** A number as written in the file (`1e400`, `.inf`), which JSON cannot show (it prints null). */
function typedNumber(source: ScenarioSource, path: readonly PropertyKey[], v: number): string {
  const node = source.doc.getIn(path as PropertyKey[], true) as { source?: unknown } | undefined;
  return typeof node?.source === 'string' ? node.source : show(v);
}

/** A value as it would appear in a message: strings quoted, long values cut, infinities in YAML's words. */
export function show(v: unknown): string {
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? '.nan' : v > 0 ? '.inf' : '-.inf';
  const text = typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** What kind of YAML value `v` is, in words ("a list", "text", "an integer"...). */
export function kindOf(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'boolean') return 'a true/false value';
  if (typeof v === 'number') return !Number.isFinite(v) ? 'not a finite number' : Number.isInteger(v) ? 'an integer' : 'a number';
  return typeof v;
}
