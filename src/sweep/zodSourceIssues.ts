import type { z } from 'zod';
import { didYouMean } from '../scenario/closestName.js';
import { kindOf, show } from '../scenario/schemaIssues.js';
import type { SourceIssue } from './yamlSource.js';

type Path = (string | number)[];

/** What the file's schema says at a path, for messages: the fields of an object, the forms of a union. */
export interface SchemaHints {
  allowedKeys(path: Path): readonly string[] | undefined;
  /** text of a set form (a pattern), in words */
  format(path: Path): string | undefined;
  unionForms(path: Path): string | undefined;
}

/**
 * Turns zod issues into positioned issues in the words of scenario-file errors:
 * `what is wrong (expected ...)`, with "did you mean" for unknown fields and values.
 */
export function zodSourceIssues(issues: readonly z.core.$ZodIssue[], value: unknown, hints: SchemaHints, prefix: Path = []): SourceIssue[] {
  const out: SourceIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as Path)];
    const got = valueAt(value, path);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = ({ int: 'an integer', number: 'a number', string: 'text', object: 'a mapping', array: 'a list', boolean: 'true or false' } as Record<string, string>)[issue.expected] ?? issue.expected;
        out.push({ path, message: got === undefined ? `missing (expected ${expected})` : `${show(got)} is ${kindOf(got)} (expected ${expected})` });
        break;
      }
      case 'unrecognized_keys': {
        const allowed = hints.allowedKeys(path) ?? [];
        for (const key of issue.keys) out.push({ path: [...path, key], atKey: true, message: `unknown field (expected one of ${allowed.join(', ')}${didYouMean(key, allowed)})` });
        break;
      }
      case 'invalid_value': {
        const options = issue.values.map(String);
        out.push({ path, message: `${show(got)} is not allowed (expected one of ${options.join(', ')}${typeof got === 'string' ? didYouMean(got, options) : ''})` });
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const bound = String(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
        const word = issue.inclusive ? (small ? 'at least' : 'at most') : (small ? 'above' : 'below');
        out.push({ path, message: Array.isArray(got) ? `has ${got.length} items (expected ${word} ${bound})` : `${show(got)} is out of range (expected ${word} ${bound})` });
        break;
      }
      case 'invalid_format':
        // never the pattern itself: people read YYYY-YYYY, not /^\d{4}-\d{4}$/
        out.push({ path, message: `${show(got)} has the wrong form (expected ${hints.format(path) ?? (issue.format === 'regex' ? 'text of another form' : issue.format)})` });
        break;
      case 'invalid_union':
        out.push(...unionIssues(issue, path, got, value, hints));
        break;
      default:
        out.push({ path, message: issue.message });
    }
  }
  return out;
}

/** The issues of the union form the value most likely meant, or one issue naming the accepted forms. */
function unionIssues(issue: z.core.$ZodIssueInvalidUnion, path: Path, got: unknown, value: unknown, hints: SchemaHints): SourceIssue[] {
  const keys = got !== null && typeof got === 'object' && !Array.isArray(got) ? Object.keys(got) : [];
  const mismatch = (branch: readonly z.core.$ZodIssue[]) => branch.some((i) =>
    (i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')) ||
    (i.path.length === 1 && i.path[0] === 'type' && i.code === 'invalid_value') ||
    (i.path.length === 0 && i.code === 'unrecognized_keys' && i.keys.length === keys.length));
  const candidates = issue.errors.filter((b) => !mismatch(b)).sort((a, b) => a.length - b.length);
  if (candidates.length > 0) return zodSourceIssues(candidates[0], value, hints, path);
  const forms = hints.unionForms(path) ?? 'another form';
  if (keys.includes('type')) {
    const types = issue.errors.flat().flatMap((i) => (i.code === 'invalid_value' && i.path[0] === 'type' ? i.values.map(String) : []));
    const t = (got as { type: unknown }).type;
    return [{ path: [...path, 'type'], message: `${show(t)} is not allowed (expected one of ${[...new Set(types)].join(', ')}${typeof t === 'string' ? didYouMean(t, types) : ''})` }];
  }
  return [{ path, message: got === undefined ? `missing (expected ${forms})` : `${show(got)} is ${kindOf(got)} of the wrong form (expected ${forms})` }];
}

function valueAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}
