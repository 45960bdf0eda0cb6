/** Formats a number for CSV output: stable across platforms, no exponent, at most 6 decimals. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return 'NA';
  const s = v.toFixed(6);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
