import type { RunFolder } from './runFolder.js';

/** A net migration flow between two prefectures in one year (persons, mean over runs). */
export interface NetFlow {
  year: number;
  from: string;
  to: string;
  /** persons moving from `from` to `to` minus those moving back; always > 0 */
  value: number;
}

/**
 * The `top` largest net flows between prefectures per year (flows.csv level=prefecture, `outside` left
 * out), averaged over runs so a flow seen in one seed only counts at its share.
 */
export function netFlows(runs: readonly RunFolder[], years: readonly number[], top: number): NetFlow[] {
  const out: NetFlow[] = [];
  for (const year of years) {
    const gross = new Map<string, number>();
    for (const run of runs) {
      for (const f of run.flows) {
        if (f.year !== year || f.level !== 'prefecture' || f.from === f.to || f.from === 'outside' || f.to === 'outside') continue;
        const k = `${f.from}>${f.to}`;
        gross.set(k, (gross.get(k) ?? 0) + f.value / runs.length);
      }
    }
    const net: NetFlow[] = [];
    for (const [k, v] of gross) {
      const [from, to] = k.split('>');
      const back = gross.get(`${to}>${from}`) ?? 0;
      if (v > back) net.push({ year, from, to, value: v - back });
    }
    net.sort((a, b) => b.value - a.value || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
    out.push(...net.slice(0, top));
  }
  return out;
}
