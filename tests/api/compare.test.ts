/** `compare` resumes: runs an interrupted call finished are kept when they match, everything else runs again. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/api/compare.js';
import { InputError } from '../../src/core/inputError.js';

const tmp = mkdtempSync(join(tmpdir(), 'urbanize-compare-api-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const small = { seeds: 3, scale: 1000, lastYear: 2022, png: false, workers: 0 } as const;

describe('compare', () => {
  it('regression: a rerun keeps the runs an interrupted compare finished, and runs only the rest (it ran everything again)', async () => {
    const out = join(tmp, 'resumed');
    const first = await compare(['baseline'], { ...small, out });
    const runs = join(out, 'runs', 'baseline');
    const chartData = (name: string) => readFileSync(join(out, 'charts', name), 'utf8');
    const fan = chartData('fan.csv');
    const kept = readFileSync(join(runs, 'seed-1', 'result.json'), 'utf8'); // its timings differ on every run
    // as Ctrl-C leaves it: one run missing, one half-written, a leftover of a larger --seeds
    rmSync(join(runs, 'seed-2'), { recursive: true });
    mkdirSync(join(runs, 'seed-2.partial-4242'));
    mkdirSync(join(runs, 'seed-9'));
    const notes: string[] = [];
    const again = await compare(['baseline'], { ...small, out, onProgress: (m) => notes.push(m) });
    expect(again.written).toEqual([join(runs, 'seed-2')]);
    expect(again.kept).toEqual([join(runs, 'seed-1'), join(runs, 'seed-3')]);
    expect(notes[0]).toBe(`baseline: kept 2 of 3 runs finished earlier in ${runs}/ (same scenario, seeds, scale and years; delete the folder to run them again)`);
    expect(readFileSync(join(runs, 'seed-1', 'result.json'), 'utf8')).toBe(kept);
    expect(readdirSync(runs).sort()).toEqual(['seed-1', 'seed-2', 'seed-3']);
    expect(chartData('fan.csv')).toBe(fan);
    expect(first.written).toHaveLength(3);
  });

  it('runs again the runs of a different scale or years', async () => {
    const out = join(tmp, 'changed');
    await compare(['baseline'], { ...small, out });
    const rescaled = await compare(['baseline'], { ...small, scale: 2000, out });
    expect([rescaled.written.length, rescaled.kept]).toEqual([3, []]);
    const longer = await compare(['baseline'], { ...small, scale: 2000, lastYear: 2023, out });
    expect([longer.written.length, longer.kept]).toEqual([3, []]);
  });

  it('refuses a scale too fine for this machine before running (it failed with "Invalid typed array length")', async () => {
    const out = join(tmp, 'too-fine');
    await expect(compare(['baseline'], { ...small, scale: 0.001, out })).rejects.toThrow(InputError);
    await expect(compare(['baseline'], { ...small, scale: 0.001, out })).rejects.toThrow(/^--scale 0\.001: [\d,]+ agents need about/);
    expect(() => readdirSync(out)).toThrow();
  });
});
