/**
 * A `<script type="application/json">` block. `<`, `>` and `&` become \u escapes, so no text inside
 * (a scenario named `</script><script>…`) can close the block; U+2028/2029 are escaped for old parsers.
 */
export function jsonScript(id: string, value: unknown): string {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${id}">${json}</script>`;
}
