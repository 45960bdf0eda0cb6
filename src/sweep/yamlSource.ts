import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { InputError } from '../core/inputError.js';
import { formatIssue, type ScenarioIssue } from '../scenario/scenarioIssue.js';
import { issueAt, issueAtOffset, shownPath, type ScenarioSource } from '../scenario/scenarioSource.js';

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
  const doc = parseDocument(text, { lineCounter, schema: 'core', resolveKnownTags: false, customTags: [], uniqueKeys: true, prettyErrors: false });
  const at = { shown, lineCounter };
  const issues: ScenarioIssue[] = [...doc.errors, ...doc.warnings].map((e) => {
    const what = e.code === 'TAG_RESOLVE_FAILED' ? 'tag not allowed (expected plain YAML values; sweep files take no custom tags)'
      : e.code === 'DUPLICATE_KEY' ? 'duplicate key (expected each key once in a mapping)'
      : `${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')} (expected valid YAML)`;
    return issueAtOffset(at, e.pos[0], [], what);
  });
  if (issues.length > 0) throw new InputError(issues.sort((a, b) => a.line - b.line || a.column - b.column).map(formatIssue).join('\n'));
  const value = doc.toJS({ maxAliasCount: 100 });
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
