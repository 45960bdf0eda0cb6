import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { ScenarioIssue } from './scenarioIssue.js';
import { issueAtOffset, keyText, type ScenarioSource } from './scenarioSource.js';

/**
 * Parses a scenario file's text (YAML 1.2 core schema; JSON is YAML) and reports what is wrong at the
 * YAML level: syntax, tags outside the core schema (so `!!js/function` and the like stay inert text and
 * are refused), duplicate keys, an empty file and a file that is not a mapping. `source` is undefined
 * when the file cannot be read as a mapping at all.
 */
export function parseScenarioSource(file: string, shown: string, text: string): { source?: ScenarioSource; issues: ScenarioIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter, schema: 'core', resolveKnownTags: false, customTags: [], uniqueKeys: false, prettyErrors: false,
  });
  const at = { shown, lineCounter };
  const issues: ScenarioIssue[] = doc.errors.map((e) => issueAtOffset(at, e.pos[0], [], `${yamlMessage(e.message)} (expected valid YAML)`));
  for (const w of doc.warnings) {
    const message = w.code === 'TAG_RESOLVE_FAILED'
      ? `${w.message.replace('Unresolved tag', 'tag not allowed')} (expected plain YAML values; scenario files take no custom tags)`
      : `${yamlMessage(w.message)} (expected valid YAML)`;
    issues.push(issueAtOffset(at, w.pos[0], [], message));
  }
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

/** yaml's first message line, without its "at line x, column y" tail (we print positions ourselves). */
function yamlMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

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
