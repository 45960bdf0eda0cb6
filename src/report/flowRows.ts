import type { RunResult } from '../model/runModel.js';

/** One origin-destination flow: migrations in a year between two prefectures or tiers (persons). */
export interface FlowRow {
  year: number;
  level: 'prefecture' | 'tier';
  from: string;
  to: string;
  value: number;
}

/** Origin-destination matrices between prefectures (and `outside`) and between tiers, per year. */
export function flowRows(result: RunResult): FlowRow[] {
  const { series, places, spec } = result;
  const n = places.count;
  const out: FlowRow[] = [];
  const levels = [
    { level: 'prefecture' as const, key: (p: number) => (p === places.outside ? 'outside' : places.prefectureIds[places.prefecture[p]]), names: [...places.prefectureIds, 'outside'] },
    { level: 'tier' as const, key: (p: number) => ['city', 'town', 'village', 'outside'][places.tier[p]], names: ['city', 'town', 'village', 'outside'] },
  ];
  for (let y = 1; y < series.years; y++) {
    for (const { level, key, names } of levels) {
      const m = new Map<string, number>();
      for (let o = 0; o < n; o++) {
        for (let d = 0; d < n; d++) {
          const v = series.flows[y * n * n + o * n + d];
          if (v === 0) continue;
          const k = `${key(o)}>${key(d)}`;
          m.set(k, (m.get(k) ?? 0) + v);
        }
      }
      for (const a of names) for (const b of names) {
        const v = m.get(`${a}>${b}`);
        if (v) out.push({ year: series.firstYear + y, level, from: a, to: b, value: v * spec.scale });
      }
    }
  }
  return out;
}
