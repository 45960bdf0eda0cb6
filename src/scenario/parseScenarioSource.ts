import { LineCounter, isMap, parseDocument, type Node } from 'yaml';
import type { ScenarioIssue } from './scenarioIssue.js';
import { issueAtOffset, type ScenarioSource } from './scenarioSource.js';
import { duplicateKeys, yamlIssues } from './yamlIssues.js';

/**
 * Parses a scenario file's text (YAML 1.2 core schema; JSON is YAML) and reports what is wrong at the
 * YAML level (yamlIssues.ts): syntax, custom tags, duplicate keys, an empty file and a file that is not a
 * mapping. `source` is undefined when the file cannot be read as a mapping at all.
 */
export function parseScenarioSource(file: string, shown: string, text: string): { source?: ScenarioSource; issues: ScenarioIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter, schema: 'core', resolveKnownTags: false, customTags: [], uniqueKeys: false, prettyErrors: false,
  });
  const at = { shown, lineCounter };
  const issues = yamlIssues(doc, at, 'scenario');
  if (issues.length > 0) return { issues };
  const contents = doc.contents as Node | null;
  if (contents === null || (contents as { value?: unknown }).value === null) {
    return { issues: [issueAtOffset(at, contents?.range?.[0] ?? 0, [], 'the file is empty (expected a mapping of scenario fields, e.g. name: my-scenario)')] };
  }
  if (!isMap(contents)) {
    const kind = Array.isArray(doc.toJS()) ? 'a list' : 'a single value';
    return { issues: [issueAtOffset(at, contents.range?.[0] ?? 0, [], `the file holds ${kind}, not a mapping (expected fields such as name: and years:)`)] };
  }
  issues.push(...duplicateKeys(contents, at));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // yaml refuses documents whose aliases expand without bound ("billion laughs").
    return { issues: [issueAtOffset(at, 0, [], `${(err as Error).message} (expected a file without runaway aliases)`)] };
  }
  return { source: { file, shown, doc, lineCounter, value }, issues };
}
