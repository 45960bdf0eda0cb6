/**
 * The published package works on its own: `npm pack`, install the tarball into an empty folder (offline,
 * from the npm cache the repository's install filled), then run the installed command there, with no
 * repository around it. The tarball is packed from the dist/ that `npm test` has just built; packing
 * runs no prepack here because rebuilding dist/ would race the other test files that run it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let tmp: string;
let app: string;

/** The environment without npm's script variables, which would point npm back at this repository. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
}

function install(tarball: string): void {
  const args = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball];
  try {
    execFileSync(NPM, [...args, '--offline'], { cwd: app, env: cleanEnv(), stdio: 'pipe' });
  } catch {
    execFileSync(NPM, [...args, '--prefer-offline'], { cwd: app, env: cleanEnv(), stdio: 'pipe' });
  }
}

function npx(args: string[]) {
  const r = spawnSync(NPX, ['--no-install', 'urbanize', ...args], { cwd: app, env: cleanEnv(), encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'urbanize-pack-'));
  app = join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  execFileSync(NPM, ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], { cwd: ROOT, env: cleanEnv(), stdio: 'pipe' });
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack made no tarball');
  install(join(tmp, tarball));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the installed package', () => {
  const installed = () => join(app, 'node_modules', 'urbanize');

  it('carries the compiled code, the data with its attribution, the scenarios and the licence', () => {
    for (const file of ['dist/src/index.js', 'dist/src/index.d.ts', 'bin/urbanize.js', 'data/shanxi/SOURCES.md', 'data/shanxi/counties_2020_census.csv', 'scenarios/shanxi/baseline.yaml', 'LICENSE', 'CHANGELOG.md']) {
      expect(existsSync(join(installed(), file)), file).toBe(true);
    }
    expect(existsSync(join(installed(), 'src'))).toBe(false);
    expect(existsSync(join(installed(), 'tests'))).toBe(false);
  });

  it('npx urbanize run works in a folder with nothing but the package installed', () => {
    const r = npx(['run', '--scale', '400', '--years', '2020-2022', '--out', 'o']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const results = readFileSync(join(app, 'o', 'results.csv'), 'utf8');
    expect(results).toMatch(/^2022,province,shanxi,urban_rate,0\.\d+$/m);
  });

  it('npx urbanize validate checks a built-in scenario inside the package', () => {
    const r = npx(['validate', 'node_modules/urbanize/scenarios/shanxi/baseline.yaml']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ok');
  });

  it('npx urbanize --version matches the packed package.json', () => {
    const version = JSON.parse(readFileSync(join(installed(), 'package.json'), 'utf8')).version;
    expect(npx(['--version']).stdout.trim()).toBe(version);
  });
});
