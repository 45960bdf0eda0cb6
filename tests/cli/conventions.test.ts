/**
 * The command-line conventions every urbanize command follows (docs/cli.md, "Conventions"). Child
 * processes run the compiled CLI in dist/ (`npm test` builds it first); parsing is also tested in-process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliReference, helpOf } from '../../src/cli/cliReference.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { printNote, printResult, useColour, useProgress } from '../../src/cli/output.js';
import { usageMessage } from '../../src/cli/usageMessage.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'urbanize.js');
let tmp: string;

function urbanize(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'urbanize-conventions-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('help and version', () => {
  it.each(COMMANDS.map((c) => String(c.command).split(' ')[0]))('urbanize %s --help shows a real example of that command', async (name) => {
    const help = await helpOf([name]);
    const examples = help.slice(help.indexOf('\nExamples:\n'));
    expect(help).toContain('\nExamples:\n');
    expect(examples).toMatch(new RegExp(`^  urbanize ${name}\\b`, 'm'));
  });

  it('urbanize --version prints the version of package.json', () => {
    const r = urbanize(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('docs/cli.md is the generated reference (regenerate: npm run build && node scripts/gen-cli-docs.mjs)', async () => {
    expect(readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8')).toBe(await cliReference());
  });
});

describe('usage errors: exit code 2, one line on stderr with a suggestion, nothing on stdout', () => {
  it.each([
    [['rn'], 'unknown command rn; did you mean run?'],
    [['run', '--scal', '20'], 'unknown option --scal; did you mean --scale?'],
    [['run', '--jsno'], 'unknown option --jsno; did you mean --json?'],
    [['run', '--json', '--quiet'], '--json and --quiet exclude each other'],
    [[], 'give a command'],
    [['run', '--scale', '-3'], '--scale -3: must be a number above 0'],
  ])('urbanize %j', (args, message) => {
    const r = urbanize(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the nearest option or command, and nothing when none is close', () => {
    const context = { args: ['run', '--sead', '3', 'xyzzy'], options: ['seed', 'scale', 'json', 'h'], commands: ['run', 'validate'] };
    expect(usageMessage('Unknown arguments: sead, xyzzy', context)).toBe('unknown option --sead; did you mean --seed?; unexpected argument xyzzy');
    expect(usageMessage('Unknown argument: x', { ...context, args: ['run', '-x'] })).toBe('unknown option -x');
    expect(usageMessage('Unknown arguments: foo-bar, fooBar', { ...context, args: ['run', '--foo-bar'] })).toBe('unknown option --foo-bar');
    expect(usageMessage('Unknown argument: valdate', { ...context, args: ['valdate'] })).toBe('unknown command valdate; did you mean validate?');
    expect(usageMessage('Not enough non-option arguments: got 0, need at least 1', context)).toBe('Not enough non-option arguments: got 0, need at least 1');
  });
});

describe('--json and --quiet', () => {
  const run = ['run', '--scale', '400', '--years', '2020-2021'];

  it('--json prints a summary that parses as JSON on stdout', () => {
    const r = urbanize([...run, '--out', 'json', '--json']);
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.urbanRate['2020']).toBeCloseTo(0.625, 2);
  });

  it('--quiet prints nothing at all when the run succeeds', () => {
    const r = urbanize([...run, '--out', 'quiet', '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toBe('');
    expect(existsSync(join(tmp, 'quiet', 'results.csv'))).toBe(true);
  });

  describe('the shared helpers', () => {
    afterEach(() => vi.restoreAllMocks());
    function captured(write: () => void): { stdout: string; stderr: string } {
      const out = { stdout: '', stderr: '' };
      vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out.stdout += String(s)), true));
      vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((out.stderr += String(s)), true));
      write();
      vi.restoreAllMocks();
      return out;
    }

    it('printResult writes the table, the JSON summary, or nothing', () => {
      expect(captured(() => printResult({}, { a: 1 }, () => 'table')).stdout).toBe('table\n');
      expect(JSON.parse(captured(() => printResult({ json: true }, { a: 1 }, () => 'table')).stdout)).toEqual({ a: 1 });
      expect(captured(() => printResult({ quiet: true }, { a: 1 }, () => 'table'))).toEqual({ stdout: '', stderr: '' });
    });

    it('printNote writes to stderr, except with --quiet', () => {
      expect(captured(() => printNote({}, 'resuming'))).toEqual({ stdout: '', stderr: 'resuming\n' });
      expect(captured(() => printNote({ quiet: true }, 'resuming'))).toEqual({ stdout: '', stderr: '' });
    });
  });
});

describe('colour and progress bars', () => {
  const tty = { isTTY: true };
  it.each([
    ['a terminal', tty, {}, true],
    ['a pipe or file', {}, {}, false],
    ['NO_COLOR=1', tty, { NO_COLOR: '1' }, false],
    ['NO_COLOR empty (unset, per no-color.org)', tty, { NO_COLOR: '' }, true],
    ['CI=true', tty, { CI: 'true' }, false],
    ['CI=false', tty, { CI: 'false' }, true],
    ['TERM=dumb', tty, { TERM: 'dumb' }, false],
  ])('on %s: colour %#', (_what, stream, env, expected) => {
    expect(useColour(stream, env)).toBe(expected);
    expect(useProgress(stream, {}, env)).toBe(expected);
  });

  it('no progress bars with --quiet, even on a terminal', () => {
    expect(useProgress(tty, { quiet: true }, {})).toBe(false);
  });
});

describe('Ctrl-C', () => {
  it('stops a run with exit code 130 and leaves no output folder, partial or whole', async () => {
    // Scale 5 (7 million agents) computes for several seconds, far longer than starting the CLI; the signal
    // is sent once three start-ups have passed, measured here under the same load, so it lands mid-run.
    const t0 = performance.now();
    urbanize(['--version']);
    const startup = performance.now() - t0;
    const out = join(tmp, 'interrupted');
    const child = spawn(process.execPath, [BIN, 'run', '--scale', '5', '--out', out], { cwd: tmp });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    setTimeout(() => child.kill('SIGINT'), Math.max(1000, 3 * startup));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.includes('.partial-'))).toEqual([]);
  });

  it('while the CLI awaits (workers), runs the cleanups, says how to resume and exits 130', async () => {
    const folder = join(tmp, 'work.partial-1');
    mkdirSync(folder);
    const script = `
      import { rmSync } from 'node:fs';
      import { listenForInterrupt, onInterrupt } from ${JSON.stringify(join(ROOT, 'dist/src/cli/signals.js'))};
      onInterrupt({ cleanup: () => rmSync(${JSON.stringify(folder)}, { recursive: true }), resume: 'rerun the same command' });
      listenForInterrupt();
      console.log('ready');
      await new Promise((resolve) => setTimeout(resolve, 30000));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.kill('SIGINT'));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toContain('to resume, rerun the same command');
    expect(existsSync(folder)).toBe(false);
  });
});

describe('shell completion', () => {
  it('urbanize completion prints a script that asks urbanize for completions', () => {
    const r = urbanize(['completion'], { SHELL: '/bin/bash' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('urbanize --get-yargs-completions');
    expect(r.stdout).toContain('Installation: urbanize completion >> ~/.bashrc'); // not the hidden hook's name
  });

  it('completes commands and the options of a command', () => {
    expect(urbanize(['--get-yargs-completions', 'r']).stdout.split('\n')).toContain('run');
    expect(urbanize(['--get-yargs-completions', 'run', '--sc']).stdout.split('\n')).toContain('--scale');
  });
});
