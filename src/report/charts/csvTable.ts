/**
 * A CSV table with RFC 4180 quoting. Text cells that a spreadsheet would run as a formula (starting
 * with = + - @) get a leading apostrophe: scenario names are user input.
 */
export function csvTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number): string => {
    if (typeof v === 'number') return Number.isFinite(v) ? String(Number(v.toFixed(6))) : 'NA';
    const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
