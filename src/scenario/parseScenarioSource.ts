import { LineCounter, isMap, parseDocument, type Node } from 'yaml';
import type { ScenarioIssue } from './scenarioIssue.js';
import { issueAtOffset, type ScenarioSource } from './scenarioSource.js';
import { duplicateKeys, yamlIssues } from './yamlIssues.js';

/** How messages name a kind of input file and what it should hold. */
export interface FileWords {
  /** in messages about tags and documents: "scenario" files */
  kind: string;
  /** the file's subject in messages: "the file", "the calibration file" */
  subject: string;
  /** what an empty file should have held */
  empty: string;
  /** the fields a mapping is expected to have, for a file that is not one */
  fields: string;
}

const SCENARIO_WORDS: FileWords = {
  kind: 'scenario', subject: 'the file', empty: 'a mapping of scenario fields, e.g. name: my-scenario', fields: 'name: and years:',
};

/**
 * Parses an input file's text (YAML 1.2 core schema, no custom tags, aliases capped; JSON is YAML) and
 * reports what is wrong at the YAML level (yamlIssues.ts): syntax, custom tags, duplicate keys, an empty
 * file and a file that is not a mapping, in the words of its kind (scenario files by default; calibration
 * and sweep files pass theirs). `source` is undefined when the file cannot be read as a mapping at all.
 */
export function parseScenarioSource(file: string, shown: string, text: string, words: FileWords = SCENARIO_WORDS): { source?: ScenarioSource; issues: ScenarioIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter, schema: 'core', resolveKnownTags: false, customTags: [], uniqueKeys: false, prettyErrors: false,
  });
  const at = { shown, lineCounter };
  const issues = yamlIssues(doc, at, words.kind);
  if (issues.length > 0) return { issues };
  const contents = doc.contents as Node | null;
  if (contents === null || (contents as { value?: unknown }).value === null) {
    return { issues: [issueAtOffset(at, contents?.range?.[0] ?? 0, [], `${words.subject} is empty (expected ${words.empty})`)] };
  }
  if (!isMap(contents)) {
    const kind = Array.isArray(doc.toJS()) ? 'a list' : 'a single value';
    return { issues: [issueAtOffset(at, contents.range?.[0] ?? 0, [], `${words.subject} holds ${kind}, not a mapping (expected fields such as ${words.fields})`)] };
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
