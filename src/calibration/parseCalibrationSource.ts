import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { ScenarioIssue } from '../scenario/scenarioIssue.js';
import { issueAtOffset, keyText, type ScenarioSource } from '../scenario/scenarioSource.js';

/**
 * Parses a calibration file's text as scenario files are parsed (YAML 1.2 core schema, no custom tags,
 * aliases capped) and reports what is wrong at the YAML level in a calibration file's words: syntax, tags,
 * duplicate keys (with the line of the first), an empty file and one that is not a mapping. Every issue is
 * fatal: with a duplicate key the parsed value keeps only the last, so a calibration must not start.
 * `source` is undefined when the file cannot be read as a mapping at all.
 */
export function parseCalibrationSource(file: string, shown: string, text: string): { source?: ScenarioSource; issues: ScenarioIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', resolveKnownTags: false, customTags: [], uniqueKeys: false, prettyErrors: false });
  const at = { shown, lineCounter };
  const issues: ScenarioIssue[] = doc.errors.map((e) => issueAtOffset(at, e.pos[0], [], `${yamlMessage(e.message)} (expected valid YAML)`));
  for (const w of doc.warnings) {
    const message = w.code === 'TAG_RESOLVE_FAILED'
      ? `tag ${text.slice(w.pos[0], w.pos[1]).split(/\s/)[0]} not allowed (expected plain YAML values; calibration files take no custom tags)`
      : `${yamlMessage(w.message)} (expected valid YAML)`;
    issues.push(issueAtOffset(at, w.pos[0], [], message));
  }
  if (issues.length > 0) return { issues };
  const contents = doc.contents as Node | null;
  if (contents === null || (contents as { value?: unknown }).value === null) {
    return { issues: [issueAtOffset(at, contents?.range?.[0] ?? 0, [], 'the calibration file is empty (expected a mapping of calibration fields: name, scale, seed, population, generations, maxEvaluations, parameters and targets; docs/calibration.md)')] };
  }
  if (!isMap(contents)) {
    const kind = Array.isArray(doc.toJS()) ? 'a list' : 'a single value';
    return { issues: [issueAtOffset(at, contents.range?.[0] ?? 0, [], `the calibration file holds ${kind}, not a mapping (expected fields such as name:, parameters: and targets:)`)] };
  }
  const duplicates = duplicateKeys(contents, at);
  if (duplicates.length > 0) return { issues: duplicates };
  try {
    return { source: { file, shown, doc, lineCounter, value: doc.toJS({ maxAliasCount: 100 }) }, issues: [] };
  } catch (err) {
    // yaml refuses documents whose aliases expand without bound ("billion laughs").
    return { issues: [issueAtOffset(at, 0, [], `${(err as Error).message} (expected a file without runaway aliases)`)] };
  }
}

/** yaml's first message line, without its "at line x, column y" tail (we print positions ourselves). */
function yamlMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** Every repeated key of every mapping, at the repeat, naming the line of the first. */
function duplicateKeys(node: unknown, at: Pick<ScenarioSource, 'shown' | 'lineCounter'>, path: PropertyKey[] = []): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  if (isMap(node)) {
    const firstLine = new Map<string, number>();
    for (const pair of node.items) {
      const name = keyText(pair.key);
      const offset = (pair.key as Node | null)?.range?.[0] ?? 0;
      const first = firstLine.get(name);
      if (first === undefined) firstLine.set(name, at.lineCounter.linePos(offset).line);
      else issues.push(issueAtOffset(at, offset, [...path, name], `duplicate key (expected each key once in a mapping; the first is on line ${first})`));
      issues.push(...duplicateKeys(pair.value, at, [...path, name]));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, k) => issues.push(...duplicateKeys(item, at, [...path, k])));
  }
  return issues;
}
