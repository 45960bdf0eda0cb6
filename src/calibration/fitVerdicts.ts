import type { FitRow } from './fitRows.js';

/** One acceptance criterion of issue 6, measured. */
export interface AcceptanceCheck {
  criterion: string;
  /** the measured error: a mean or the largest, as the criterion says */
  value: number;
  threshold: number;
  unit: 'pp' | '%';
  pass: boolean;
}

/**
 * The acceptance criteria (issue 6): the 2020 prefecture urban rates from the 2010 hindcast within 1.5 pp
 * on average; the provincial 2021 and 2022 urban rates each within 0.3 pp; every 2020 prefecture population
 * within 2%. Criteria whose targets are absent are skipped.
 */
export function acceptanceChecks(rows: readonly FitRow[]): AcceptanceCheck[] {
  const pick = (metric: string, level: string, years: number[]) => rows.filter((r) => r.target.metric === metric && r.target.level === level && years.includes(r.target.year));
  const checks: AcceptanceCheck[] = [];
  const add = (criterion: string, sel: FitRow[], how: 'mean' | 'max', threshold: number, unit: 'pp' | '%') => {
    if (sel.length === 0) return;
    const abs = sel.map((r) => Math.abs(r.error));
    const value = how === 'mean' ? abs.reduce((s, v) => s + v, 0) / abs.length : Math.max(...abs);
    checks.push({ criterion, value, threshold, unit, pass: value <= threshold });
  };
  add('prefecture urban rate 2020 (hindcast from 2010), mean |error|', pick('urban_rate', 'prefecture', [2020]), 'mean', 1.5, 'pp');
  for (const y of [2021, 2022]) add(`provincial urban rate ${y}, |error|`, pick('urban_rate', 'province', [y]), 'max', 0.3, 'pp');
  add('prefecture population 2020 (hindcast from 2010), largest |error|', pick('population', 'prefecture', [2020]), 'max', 2, '%');
  return checks;
}

/** Errors on the held-out targets of one metric: the model's and each classical projection's. */
export interface HeldOutComparison {
  metric: string;
  unit: 'pp' | '%';
  targets: string[];
  model: number;
  baselines: { name: string; meanAbsError: number; inSample: boolean }[];
  /** one plain sentence: does the model beat the out-of-sample projections? */
  verdict: string;
}

/** Mean absolute errors on the held-out targets, model against classical projections, per metric. */
export function heldOutComparison(rows: readonly FitRow[]): HeldOutComparison[] {
  const held = rows.filter((r) => r.target.role === 'holdout');
  return [...new Set(held.map((r) => r.target.metric))].map((metric) => {
    const sel = held.filter((r) => r.target.metric === metric);
    const mean = (v: number[]) => v.reduce((s, x) => s + Math.abs(x), 0) / v.length;
    const names = [...new Set(sel.flatMap((r) => r.baselines.map((b) => b.name)))];
    const baselines = names.flatMap((name) => {
      const errs = sel.map((r) => r.baselines.find((b) => b.name === name));
      if (errs.some((e) => e === undefined)) return [];
      return [{ name, meanAbsError: mean(errs.map((e) => e!.error)), inSample: errs.some((e) => e!.inSample) }];
    });
    const model = mean(sel.map((r) => r.error));
    const unit = metric === 'urban_rate' ? 'pp' as const : '%' as const;
    const verdict = verdictText(metric, unit, model, baselines.filter((b) => !b.inSample));
    return { metric, unit, targets: sel.map((r) => r.label), model, baselines, verdict };
  });
}

/** One plain sentence: which out-of-sample projections the model beats, and which it does not. */
function verdictText(metric: string, unit: string, model: number, fair: readonly { name: string; meanAbsError: number }[]): string {
  if (fair.length === 0) return `No out-of-sample classical projection to compare with on held-out ${metric} (model ${model.toFixed(2)} ${unit}).`;
  const errors = `${model.toFixed(2)} ${unit} vs ${fair.map((b) => `${b.name} ${b.meanAbsError.toFixed(2)}`).join(', ')}`;
  const lost = fair.filter((b) => model >= b.meanAbsError).map((b) => b.name);
  const beaten = fair.filter((b) => model < b.meanAbsError).map((b) => b.name);
  if (lost.length === 0) return `The model beats every out-of-sample classical projection on held-out ${metric} (${errors}).`;
  return `The model does NOT beat ${lost.join(' and ')} on held-out ${metric} (${errors})${beaten.length ? `; it beats ${beaten.join(' and ')}` : ''}.`;
}
