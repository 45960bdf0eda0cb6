import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { InputError } from '../core/inputError.js';
import { formatIssue, type ScenarioIssue } from '../scenario/scenarioIssue.js';
import { issueAt, shownPath, type ScenarioSource } from '../scenario/scenarioSource.js';
import { duplicateKeys, yamlIssues } from '../scenario/yamlIssues.js';

/** A problem at a path of a sweep file; `atKey` points at the key rather than the value. */
export interface SourceIssue {
  path: readonly (string | number)[];
  message: string;
  atKey?: boolean;
}

/**
 * Reads and parses a sweep file (YAML 1.2 core schema, or JSON) as scenario files are read: no custom
 * tags, unique keys, aliases capped. Syntax problems, an empty file or one that is not a mapping are
 * thrown at once as one positioned InputError.
 */
export function readYamlSource(file: string): ScenarioSource {
  const shown = shownPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`${shown}: cannot read the sweep file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; expected a readable YAML or JSON file)`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', resolveKnownTags: false, customTags: [], uniqueKeys: false, prettyErrors: false });
  const at = { shown, lineCounter };
  const issues: ScenarioIssue[] = [...yamlIssues(doc, at, 'sweep'), ...duplicateKeys(doc.contents, at)];
  if (issues.length > 0) throw new InputError(issues.sort((a, b) => a.line - b.line || a.column - b.column).map(formatIssue).join('\n'));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // yaml refuses documents whose aliases expand without bound ("billion laughs").
    throw new InputError(`${shown}:1:1: ${(err as Error).message} (expected a file without runaway aliases)`);
  }
  if (value === null || value === undefined) throw new InputError(`${shown}:1:1: the file is empty (expected a mapping with scenarios:, and optionally vary:, design:, replicates: ...)`);
  if (typeof value !== 'object' || Array.isArray(value)) throw new InputError(`${shown}:1:1: the file holds ${Array.isArray(value) ? 'a list' : 'a single value'}, not a mapping (expected fields such as scenarios: and vary:)`);
  return { file, shown, doc, lineCounter, value };
}

/** Positioned `file:line:column: path: message` lines, sorted by position, duplicates dropped. */
export function formatSourceIssues(source: ScenarioSource, issues: readonly SourceIssue[]): string {
  const seen = new Set<string>();
  return issues
    .map((i) => issueAt(source, i.path, i.message, i.atKey ? 'key' : 'value'))
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map(formatIssue)
    .filter((line) => !seen.has(line) && seen.add(line))
    .join('\n');
}
