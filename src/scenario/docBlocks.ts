/** The comment lines that fence a generated block of a Markdown file, e.g. `<!-- scenario-table:begin -->`. */
export function blockMarkers(name: string): { begin: string; end: string } {
  return { begin: `<!-- ${name}:begin -->`, end: `<!-- ${name}:end -->` };
}

/** The text of the generated block `name` in `doc`, trimmed; throws if its markers are missing. */
export function readBlock(doc: string, name: string): string {
  const { begin, end } = blockMarkers(name);
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`the document lacks the markers ${begin} ... ${end}`);
  return doc.slice(a + begin.length, b).trim();
}

/** `doc` with the generated block `name` replaced by `content`; throws if its markers are missing. */
export function replaceBlock(doc: string, name: string, content: string): string {
  const { begin, end } = blockMarkers(name);
  readBlock(doc, name);
  return `${doc.slice(0, doc.indexOf(begin) + begin.length)}\n${content}\n${doc.slice(doc.indexOf(end))}`;
}
