/**
 * Regressions from the audit of the command line: bad input is refused with exit code 2 and one line that
 * names the option or file and quotes the value as typed; never an internal error, a stack trace, NaN,
 * or an exit 0 that silently ignores what was asked. Child processes run the compiled CLI in dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'urbanize.js');
let tmp: string;

function urbanize(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'urbanize-cli-audit-'));
  writeFileSync(join(tmp, 'tiny.yaml'), 'scenarios: [baseline]\nyears: 2020-2021\nscale: 1000\n');
  writeFileSync(join(tmp, 'a-file.txt'), 'not a folder\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const small = ['--scale', '1000', '--years', '2020-2021', '--no-report'];

describe('refused with exit code 2 and one line naming the problem', () => {
  it.each([
    // 1. a single-valued option given twice (bug: internal error, exit 1; sweep --dry-run: exit 0)
    ['run --out twice', ['run', 'baseline', ...small, '--out', 'a', '--out', 'b'], 'urbanize: --out given twice (a, b): give it once'],
    ['run --years twice', ['run', '--years', '2020-2021', '--years', '2020-2022'], '--years given twice (2020-2021, 2020-2022): give it once'],
    ['sweep --out twice with --dry-run', ['sweep', 'tiny.yaml', '--out', 'a', '--out', 'b', '--dry-run'], '--out given twice (a, b): give it once'],
    ['merge --out twice', ['merge', 'x', '--out', 'a', '--out=b'], '--out given twice (a, b): give it once'],
    ['a flag and its negation', ['run', '--report', '--no-report'], '--report given twice (--report, --no-report): give it once'],
    // 2. a number option that is no number (bug: the message quoted NaN)
    ['run --seed abc', ['run', '--seed', 'abc'], '--seed abc: expected a number'],
    ['run --scale abc', ['run', '--scale', 'abc'], '--scale abc: expected a number'],
    ['sweep --workers abc', ['sweep', 'tiny.yaml', '--workers', 'abc', '--dry-run'], '--workers abc: expected a number'],
    ['compare --seeds abc', ['compare', 'baseline', '--seeds', 'abc'], '--seeds abc: expected a number'],
    ['fit-report --draws abc', ['fit-report', '--draws', 'abc'], '--draws abc: expected a number'],
    ['run --seed with no value (bug: silently ignored)', ['run', '--seed'], '--seed needs a number'],
    // 3. bench lists (bug: stack trace, exit 1; --threads 0 accepted; an example of scales for threads)
    ['bench --scales 0', ['bench', '--scales', '0'], '--scales 0: 0 is not above 0 (expected persons per agent above 0, e.g. 100,10,1)'],
    ['bench --threads 1.5', ['bench', '--threads', '1.5'], '--threads 1.5: 1.5 is not a thread count (expected whole numbers of threads from 1 to 256, e.g. 1,2,4)'],
    ['bench --threads 0', ['bench', '--threads', '0'], '--threads 0: 0 is not a thread count'],
    ['bench --scales 1e9', ['bench', '--scales', '1e9'], '--scales 1e9: 1e9 leaves 0 agents'],
    // 4. a scale that leaves no agents (bug: 0 agents, all rates 0.00, exit 0)
    ['run --scale 1e9', ['run', '--scale', '1e9', '--years', '2020-2021', '--out', 'big'], '--scale 1000000000: leaves 0 agents (Shanxi has 34.9 million residents; expected a scale up to 34,915'],
    // 6. files and folders, shards and run ids
    ['report of a file (bug: "exists and is not a folder" about the output)', ['report', 'a-file.txt'], 'a-file.txt: is a file, not a folder (expected a folder of finished runs'],
    ['merge of a missing folder (bug: "not a sweep folder (no sweep.json)")', ['merge', 'nowhere', '--out', 'm'], 'nowhere: no such folder (expected the --out folder of urbanize sweep --shard k/N)'],
    ['--shard -1/4 (bug: "unexpected argument 1")', ['sweep', 'tiny.yaml', '--shard', '-1/4', '--dry-run'], '--shard -1/4: expected k/N with 0 ≤ k < N (e.g. 0/4), or auto/N'],
    ['--shard with no value (bug: internal error)', ['sweep', 'tiny.yaml', '--shard'], '--shard needs a value'],
    ['--only 3-1 (bug: "out of range")', ['sweep', 'tiny.yaml', '--only', '3-1', '--dry-run'], '--only 3-1: the range 3-1 is reversed (expected FIRST-LAST with FIRST ≤ LAST, e.g. 1-3)'],
  ])('%s', (_, args, message) => {
    const r = urbanize(...args);
    expect(r.stderr).toContain(message);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/NaN|internal error|\n\s+at /);
  });

  it('validate suggests the nearest built-in scenario, as run does (bug: "no such file")', () => {
    const r = urbanize('validate', 'baselin');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('baselin:1:1: no such scenario file or built-in scenario (expected a path, or a name in scenarios/shanxi/; did you mean "baseline"?)\n');
  });

  it('validate and run say that a folder is a folder (bug: "no such file")', () => {
    mkdirSync(join(tmp, 'afolder'), { recursive: true });
    expect(urbanize('validate', 'afolder').stderr).toBe('afolder:1:1: is a folder, not a file (expected a scenario file, YAML or JSON)\n');
    const run = urbanize('run', 'afolder');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is a folder, not a file');
  });
});

describe('resuming a sweep after a scenario file changed', () => {
  it('names the scenario file that changed, not the unchanged sweep file (bug: "a different sweep file")', () => {
    writeFileSync(join(tmp, 'mine.yaml'), `name: mine\nextends: ${join(ROOT, 'scenarios', 'shanxi', 'baseline.yaml')}\nseed: 3\n`);
    writeFileSync(join(tmp, 'resume.yaml'), 'scenarios: [mine.yaml]\nyears: 2020-2021\nscale: 1000\n');
    expect(urbanize('sweep', 'resume.yaml', '--out', 'resumed', '--workers', '0', '--quiet').status).toBe(0);
    writeFileSync(join(tmp, 'mine.yaml'), `name: mine\nextends: ${join(ROOT, 'scenarios', 'shanxi', 'baseline.yaml')}\nseed: 4\n`);
    const r = urbanize('sweep', 'resume.yaml', '--out', 'resumed', '--workers', '0');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('urbanize: resumed: holds results of this sweep file from before its scenario file mine.yaml (or a file it extends) changed (expected the same sweep to resume; use --force to discard those results, or another --out)\n');
  });
});
