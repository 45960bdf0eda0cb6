/**
 * `urbanize compare` as a user runs it: the compiled CLI (dist/, built once here) in a child process.
 * Regressions of its options and status lines.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildCli, urbanizeCli } from '../helpers/urbanizeCli.js';

let tmp: string;
let run: string;

function urbanize(args: string[], timeout = 60_000) {
  return urbanizeCli(args, { timeout });
}

beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), 'urbanize-cli-compare-'));
  run = join(tmp, 'run');
  const r = urbanize(['run', 'baseline', '--scale', '1000', '--years', '2020-2022', '--out', run, '--no-report']);
  if (r.status !== 0) throw new Error(`urbanize run failed: ${r.stderr}`);
});
afterAll(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

describe('urbanize compare', () => {
  it('regression: refuses --workers that is not a whole number of threads, quoting it as typed (abc exited 13 in silence)', () => {
    for (const workers of ['abc', '-1', '1.5']) {
      for (const seeds of ['2', '1']) {
        const out = join(tmp, `workers-${workers}-${seeds}`);
        const r = urbanize(['compare', 'baseline', '--workers', workers, '--seeds', seeds, '--scale', '1000', '--years', '2020-2021', '--out', out]);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(new RegExp(`^urbanize: --workers ${workers.replace('.', '\\.')}: expected `));
        expect(r.stderr).not.toContain('NaN');
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(existsSync(out)).toBe(false);
      }
    }
  });

  it('regression: refuses --seeds, --scale and --years with results folders only, instead of ignoring them', () => {
    const r = urbanize(['compare', run, '--seeds', '3', '--scale', '5', '--years', '2020-2030', '--out', join(tmp, 'ignored')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--seeds 3, --scale 5 and --years 2020-2030 apply only to scenarios that compare runs');
    expect(existsSync(join(tmp, 'ignored'))).toBe(false);
  });

  it('regression: with --no-png lists no PNG charts among the files written', () => {
    const r = urbanize(['compare', run, '--no-png', '--out', join(tmp, 'no-png')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Charts: .*: \.svg; data as \.csv\)/);
    expect(r.stdout).not.toContain('.png');
  });

  it('regression: warns on stderr of an unfinished sweep skipped in a folder it reads', () => {
    const parent = join(tmp, 'parent');
    cpSync(run, join(parent, 'run'), { recursive: true });
    mkdirSync(join(parent, 'stopped'));
    writeFileSync(join(parent, 'stopped', 'sweep.json'), JSON.stringify({ complete: false, selection: 'all', sweep: { file: '/gone.yaml', hash: 'h' } }));
    const r = urbanize(['compare', parent, '--no-png', '--out', join(tmp, 'parent-report')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`warning: skipped ${join(parent, 'stopped')}: unfinished sweep, 0 runs recorded`);
    expect(r.stderr.split('warning: skipped').length - 1).toBe(1); // once, not again when the report reads it
    const alone = urbanize(['compare', join(parent, 'stopped'), '--out', join(tmp, 'never')]);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toContain('unfinished sweep, 0 runs recorded (expected a finished sweep folder): to finish it, rerun `urbanize sweep /gone.yaml --out');
  });

  it('regression: warns of a run found twice and counts it once (it counted it as two seeds)', () => {
    const copy = join(tmp, 'run-copy');
    cpSync(run, copy, { recursive: true });
    const r = urbanize(['compare', run, copy, '--no-png', '--out', join(tmp, 'twice')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${copy} is the same run as ${run}`);
    expect(r.stdout).toMatch(/^1 scenario, 1 run;/);
  });

  it('regression: refuses a report folder it may not write before running anything (it ran every seed first)', () => {
    const out = join(tmp, 'foreign-report');
    mkdirSync(out);
    writeFileSync(join(out, 'report.html'), '<p>mine</p>');
    const r = urbanize(['compare', 'baseline', '--seeds', '2', '--scale', '1000', '--years', '2020-2021', '--out', out]);
    expect(r.status).toBe(2);
    expect(existsSync(join(out, 'runs'))).toBe(false);
  });

  it('regression: report, too, lists only the chart formats it wrote and warns of a skipped unfinished sweep', () => {
    const parent = join(tmp, 'report-parent');
    cpSync(run, join(parent, 'run'), { recursive: true });
    mkdirSync(join(parent, 'stopped'));
    writeFileSync(join(parent, 'stopped', 'sweep.json'), JSON.stringify({ complete: false, selection: 'all', sweep: { file: '/gone.yaml', hash: 'h' } }));
    const r = urbanize(['report', parent, '--no-png', '--out', join(tmp, 'report-out')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Charts: .*: \.svg; data as \.csv\)/);
    expect(r.stdout).not.toContain('.png');
    expect(r.stderr).toContain(`warning: skipped ${join(parent, 'stopped')}: unfinished sweep, 0 runs recorded`);
  });

  it('regression: after Ctrl-C names the real runs folder, not the placeholder <out>/runs/, and the rerun it advises keeps the finished runs (it ran them all again)', async () => {
    const out = join(tmp, 'stopped-compare');
    const args = ['bin/urbanize.js', 'compare', 'baseline', '--seeds', '6', '--scale', '100', '--workers', '1', '--out', out];
    const child = spawn(process.execPath, args, { cwd: ROOT });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      stderr += d;
      if (stderr.includes('run 1/6 done')) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain(`to resume, rerun the same command: runs finished in ${join(out, 'runs')}/ are kept, the rest run (\`urbanize report ${join(out, 'runs')} --out ${out}\` reports on the finished ones now)`);
    expect(stderr).not.toContain('<out>');
    const finished = readdirSync(join(out, 'runs', 'baseline')).filter((f) => /^seed-\d+$/.test(f)).length;
    expect(finished).toBeGreaterThan(0);
    const rerun = urbanize(args.slice(1).concat('--no-png'));
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stderr).toContain(`baseline: kept ${finished} of 6 runs finished earlier in ${join(out, 'runs', 'baseline')}/`);
    expect(rerun.stderr).toContain(`run ${6 - finished}/${6 - finished} done`);
  }, 60_000);
});
