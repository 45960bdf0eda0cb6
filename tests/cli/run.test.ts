/**
 * `urbanize run` as a user runs it: the compiled CLI (dist/, built once here) in a child process.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, urbanizeCli } from '../helpers/urbanizeCli.js';

let tmp: string;

function urbanize(args: string[], timeout = 60_000) {
  return urbanizeCli(args, { timeout });
}

beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), 'urbanize-cli-'));
});
afterAll(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

describe('urbanize run', () => {
  it('writes results.csv, flows.csv, result.json, urban_rate.svg, the charts and the report, and prints the summary table', () => {
    const out = join(tmp, 'baseline');
    const r = urbanize(['run', '--scale', '200', '--years', '2020-2023', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.urbanize-output', 'charts', 'flows.csv', 'report.html', 'result.json', 'results.csv', 'urban_rate.svg']);
    expect(r.stdout).toContain(`Report: ${join(out, 'report.html')}`);

    const results = readFileSync(join(out, 'results.csv'), 'utf8').trim().split('\n');
    expect(results[0]).toBe('year,level,id,metric,value');
    const rate = results.filter((l) => l.startsWith('2020,province,shanxi,urban_rate,'));
    expect(rate).toHaveLength(1);
    expect(Number(rate[0].split(',')[4])).toBeCloseTo(0.6253, 3);
    expect(results.some((l) => l.startsWith('2023,prefecture,taiyuan,population,'))).toBe(true);
    expect(results.some((l) => l.startsWith('2024,'))).toBe(false);

    expect(readFileSync(join(out, 'flows.csv'), 'utf8').split('\n')[0]).toBe('year,level,from,to,value');
    const meta = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
    expect(meta).toMatchObject({ tool: 'urbanize', seed: 1, scale: 200, years: { first: 2020, last: 2023 } });
    expect(readFileSync(join(out, 'urban_rate.svg'), 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

    expect(r.stdout).toMatch(/Urban rate \(%\)\s+2020/);
    expect(r.stdout).toMatch(/Shanxi \(province\)\s+62\.53/);
    expect(r.stdout).toMatch(/Taiyuan/);
  });

  it('prints valid JSON with --json', () => {
    const r = urbanize(['run', '--scale', '400', '--years', '2020-2021', '--seed', '5', '--out', join(tmp, 'json'), '--json']);
    expect(r.status).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.metadata).toMatchObject({ seed: 5, scale: 400 });
    expect(Object.keys(parsed.urbanRate)).toEqual(['2020', '2021']);
  });

  describe('refuses bad input with one line on stderr, exit code 2, no stack trace and no output folder', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown scenario name', ['no-such-scenario'], /no-such-scenario/],
      ['a last year before the first (--years 2020-1999)', ['--years', '2020-1999'], /2020-1999/],
      ['years before the data (--years 2015-2030)', ['--years', '2015-2030'], /2015-2030/],
      ['--scale 0', ['--scale', '0'], /--scale 0/],
      ['a negative scale (--scale -3)', ['--scale', '-3'], /--scale -3/],
      ['a negative seed (--seed -1)', ['--seed', '-1'], /--seed -1/],
      ['a word for --threads', ['--threads', 'many'], /--threads many: expected an integer from 1 to 256, or auto/],
      ['--threads 0', ['--threads', '0'], /--threads 0: expected an integer/],
    ];
    for (const [what, args, names] of cases) {
      it(what, () => {
        const out = join(tmp, `bad-${what.replace(/\W+/g, '-')}`);
        const r = urbanize(['run', ...args, '--out', out]);
        expect(r.status).toBe(2);
        expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(names);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(existsSync(out)).toBe(false);
      });
    }

    it('an out folder in an unwritable place (/proc/forbidden)', () => {
      // Bug: Node's recursive mkdir spins forever on /proc (it answers ENOENT, not EACCES), so the run hangs.
      const r = urbanize(['run', '--scale', '400', '--years', '2020-2021', '--out', '/proc/forbidden'], 15_000);
      expect(r.status).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/\/proc\/forbidden/);
      expect(existsSync('/proc/forbidden')).toBe(false);
    });

    it('an out folder under a file', () => {
      // Bug: checkOutputDir accepts a file as the nearest existing parent; writing then fails with ENOTDIR (exit 1).
      const file = join(tmp, 'a-file');
      writeFileSync(file, 'not a folder\n');
      const r = urbanize(['run', '--scale', '400', '--years', '2020-2021', '--out', join(file, 'out')]);
      expect(r.status).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/a-file/);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(readFileSync(file, 'utf8')).toBe('not a folder\n');
      expect(readdirSync(tmp).filter((f) => f.includes('partial'))).toEqual([]);
    });
  });

  it('suggests the right option for a misspelt one, with exit code 2', () => {
    const r = urbanize(['run', '--scal', '3']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/scal/);
    expect(r.stderr).toMatch(/did you mean.*--scale/i);
  });

  it('suggests the right command for a misspelt one, with exit code 2', () => {
    const r = urbanize(['rn']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/did you mean run/i);
  });
});
