import { readFileSync } from 'node:fs';
import { InputError } from '../core/inputError.js';
import { formatIssue } from '../scenario/scenarioIssue.js';
import { issueAt, shownPath, type ScenarioSource } from '../scenario/scenarioSource.js';
import { parseScenarioSource, type FileWords } from '../scenario/parseScenarioSource.js';

const SWEEP_WORDS: FileWords = {
  kind: 'sweep', subject: 'the file', empty: 'a mapping with scenarios:, and optionally vary:, design:, replicates: ...', fields: 'scenarios: and vary:',
};

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
  const { source, issues } = parseScenarioSource(file, shown, text, SWEEP_WORDS);
  if (issues.length > 0 || !source) throw new InputError(issues.sort((a, b) => a.line - b.line || a.column - b.column).map(formatIssue).join('\n'));
  return source;
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
