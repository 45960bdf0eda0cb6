import { describe, expect, it } from 'vitest';
import { scheduleValue } from '../../src/scenario/resolveLevers.js';

describe('scheduleValue', () => {
  const schedule = { 2026: 1.0, 2030: 1.2, 2034: 1.0 };

  it('interpolates linearly between listed years', () => {
    expect(scheduleValue(schedule, 2028)).toBeCloseTo(1.1, 12);
    expect(scheduleValue(schedule, 2027)).toBeCloseTo(1.05, 12);
    expect(scheduleValue(schedule, 2032)).toBeCloseTo(1.1, 12);
  });

  it('gives the listed value in a listed year', () => {
    expect(scheduleValue(schedule, 2026)).toBe(1.0);
    expect(scheduleValue(schedule, 2030)).toBe(1.2);
  });

  it('holds the last value after the last listed year', () => {
    expect(scheduleValue(schedule, 2035)).toBe(1.0);
    expect(scheduleValue({ 2026: 0.2, 2030: 1 }, 2099)).toBe(1);
  });

  it('is unset before the first listed year, so the less specific or neutral value applies', () => {
    expect(scheduleValue(schedule, 2025)).toBeUndefined();
    expect(scheduleValue(schedule, 2020)).toBeUndefined();
  });

  it('does not depend on the order the years are written in', () => {
    expect(scheduleValue({ 2030: 1.2, 2026: 1.0 }, 2028)).toBeCloseTo(1.1, 12);
  });

  it('treats a single year as a step held from then on', () => {
    expect(scheduleValue({ 2026: 1.5 }, 2025)).toBeUndefined();
    expect(scheduleValue({ 2026: 1.5 }, 2026)).toBe(1.5);
    expect(scheduleValue({ 2026: 1.5 }, 2035)).toBe(1.5);
  });
});
