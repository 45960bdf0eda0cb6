import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnIndex, numberCell, parseCsv } from '../core/csv.js';
import { InputError } from '../core/inputError.js';
import { loadBaseData, SHANXI_DATA_DIR } from '../model/data/baseData.js';
import type { TargetSpec } from './calibrationSchema.js';

/** One observed number the model is compared with. */
export interface Target {
  /** `metric:level:id:year`, e.g. `urban_rate:prefecture:datong:2020` */
  key: string;
  metric: TargetSpec['metric'];
  level: TargetSpec['level'];
  /** `shanxi` or a prefecture id */
  id: string;
  year: number;
  role: TargetSpec['role'];
  /** percentage points (urban_rate) or percent (population) counted as one unit of distance */
  tolerance: number;
  /** weight of the target's group */
  weight: number;
  /** index of the group (the target spec it comes from) */
  group: number;
  /** urban rate as a share (0-1), or persons */
  observed: number;
}

/** Expands target specs into single targets (one per prefecture for prefecture specs), observed values unset. */
export function expandTargets(specs: readonly (TargetSpec & { weight: number })[], prefectureIds: readonly string[]): Target[] {
  return specs.flatMap((s, group) =>
    (s.level === 'province' ? ['shanxi'] : prefectureIds).map((id) => ({
      key: `${s.metric}:${s.level}:${id}:${s.year}`, metric: s.metric, level: s.level, id, year: s.year,
      role: s.role, tolerance: s.tolerance, weight: s.weight, group, observed: NaN,
    })),
  );
}

/**
 * Targets with their observed values: prefecture figures from the 2020 census (prefectures.csv, urban
 * population / population, unrounded); provincial ones from province_series.csv (the 2020 census, and the
 * year-end sample-survey figures of 2021 and 2022).
 */
export function observedTargets(specs: readonly (TargetSpec & { weight: number })[], dataDir: string = SHANXI_DATA_DIR): Target[] {
  const file = join(dataDir, 'prefectures.csv');
  const table = parseCsv(readFileSync(file, 'utf8'), file);
  const ids = table.rows.map((row) => row[columnIndex(table, 'id')]);
  const province = loadBaseData(dataDir, 2020).province;
  return expandTargets(specs, ids).map((t) => {
    let value: number | undefined;
    if (t.level === 'prefecture' && t.year === 2020) {
      const r = ids.indexOf(t.id);
      const pop = numberCell(table, r, 'pop_2020_census');
      value = t.metric === 'population' ? pop : numberCell(table, r, 'urban_pop_2020_census') / pop;
    } else if (t.level === 'province') {
      const reference = t.year === 2020 ? 'census' : 'year_end';
      const o = province.find((p) => p.year === t.year && p.reference.startsWith(reference));
      value = t.metric === 'population' ? o?.population : o?.urbanRate;
    }
    if (value === undefined) throw new InputError(`${t.key}: no observed value in ${dataDir} (expected prefecture figures for 2020, provincial ones for 2020-2022)`);
    return { ...t, observed: value };
  });
}
