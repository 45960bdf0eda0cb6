import { relative, isAbsolute } from 'node:path';
import { isAlias, isMap, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { formatPath, type ScenarioIssue } from './scenarioIssue.js';

/** A scenario file as parsed: the YAML document keeps every node's offset, so issues can name line and column. */
export interface ScenarioSource {
  /** absolute path */
  file: string;
  /** the path as shown in messages */
  shown: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** the document as plain JSON-like data */
  value: unknown;
}

/** A path relative to the working folder when the file lies below it, else absolute. */
export function shownPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/** An issue at character `offset` of a source. */
export function issueAtOffset(source: Pick<ScenarioSource, 'shown' | 'lineCounter'>, offset: number, path: readonly PropertyKey[], message: string): ScenarioIssue {
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.shown, line, column: col, path: formatPath(path), message };
}

/**
 * An issue at the field `path` of a source: at its key when `at` is 'key' (unknown or duplicate fields,
 * schedule years), else at its value. A path that is not in the file (a missing field) points at
 * the nearest enclosing node that is.
 */
export function issueAt(source: ScenarioSource, path: readonly PropertyKey[], message: string, at: 'key' | 'value' = 'value'): ScenarioIssue {
  return issueAtOffset(source, offsetOf(source.doc, path, at), path, message);
}

function offsetOf(doc: Document.Parsed, path: readonly PropertyKey[], at: 'key' | 'value'): number {
  let node: Node | null | undefined = doc.contents;
  let key: Node | null | undefined;
  let offset = node?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc) as Node | undefined;
    key = undefined;
    if (isMap(node)) {
      // The last pair wins, as in the parsed value (duplicates are reported separately).
      const pair = node.items.filter((p) => keyText(p.key) === String(seg)).pop();
      if (!pair) return offset;
      key = pair.key as Node | null;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg] as Node | null;
    } else return offset;
    offset = (node?.range?.[0] ?? key?.range?.[0]) ?? offset;
  }
  if (at === 'key' && key?.range) return key.range[0];
  return offset;
}

/** A mapping key as text: scalar keys by value (YAML `2026:` and JSON `"2026":` read alike). */
export function keyText(key: unknown): string {
  return String((key as { value?: unknown } | null)?.value ?? key);
}
