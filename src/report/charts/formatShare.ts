/** A share (0-1) as a percentage for charts and tables, e.g. 0.7078 -> "70.8%". */
export function formatPercent(share: number, digits = 1): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(digits)}%` : 'n/a';
}

/** A difference of shares in percentage points with its sign, e.g. 0.012 -> "+1.2 pp", 0 -> "0.0 pp". */
export function formatPoints(diff: number, digits = 1): string {
  if (!Number.isFinite(diff)) return 'n/a';
  const rounded = Number((diff * 100).toFixed(digits));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '-' : '';
  return `${sign}${Math.abs(rounded).toFixed(digits)} pp`;
}
