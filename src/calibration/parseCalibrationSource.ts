import { LineCounter, isMap, parseDocument, type Node } from 'yaml';
import type { ScenarioIssue } from '../scenario/scenarioIssue.js';
import { issueAtOffset, type ScenarioSource } from '../scenario/scenarioSource.js';
import { duplicateKeys, yamlIssues } from '../scenario/yamlIssues.js';

/**
 * Parses a calibration file's text as scenario files are parsed (YAML 1.2 core schema, no custom tags,
 * aliases capped) and reports what is wrong at the YAML level in a calibration file's words (yamlIssues.ts):
 * syntax, tags, duplicate keys (with the line of the first), an empty file and one that is not a mapping.
 * Every issue is fatal: with a duplicate key the parsed value keeps only the last, so a calibration must
 * not start.
 * `source` is undefined when the file cannot be read as a mapping at all.
 */
export function parseCalibrationSource(file: string, shown: string, text: string): { source?: ScenarioSource; issues: ScenarioIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', resolveKnownTags: false, customTags: [], uniqueKeys: false, prettyErrors: false });
  const at = { shown, lineCounter };
  const issues = yamlIssues(doc, at, 'calibration');
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
