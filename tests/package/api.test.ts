/**
 * The package as a user imports it: `import ... from 'urbanize'` resolved through the `exports` map of
 * package.json (node_modules/urbanize is a link to this repository; the compiled dist/ is used, as
 * `npm test` builds it), and the example in docs/api.md run as it is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let app: string;

function node(file: string) {
  const r = spawnSync(process.execPath, [file], { cwd: app, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The code block marked ```js example in docs/api.md. */
function apiExample(): string {
  const doc = readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8');
  const m = /```js example\n([\s\S]*?)```/.exec(doc);
  if (!m) throw new Error('docs/api.md has no ```js example block');
  return m[1];
}

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'urbanize-api-'));
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true, "type": "module" }\n');
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(ROOT, join(app, 'node_modules', 'urbanize'), 'dir');
});
afterAll(() => rmSync(app, { recursive: true, force: true }));

describe("import from 'urbanize'", () => {
  it('resolves through the exports map to the compiled API, with its type declarations', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const entry = pkg.exports['.'];
    expect(existsSync(join(ROOT, entry.import))).toBe(true);
    expect(existsSync(join(ROOT, entry.types))).toBe(true);
    expect(pkg.types).toBe(entry.types);

    writeFileSync(join(app, 'names.mjs'), `import * as urbanize from 'urbanize';
      console.log(JSON.stringify(Object.fromEntries(Object.entries(urbanize).map(([k, v]) => [k, typeof v]))));`);
    const r = node('names.mjs');
    expect(r.stderr).toBe('');
    const names = JSON.parse(r.stdout);
    for (const f of ['runScenario', 'loadScenario', 'validateScenario', 'toRunSpec', 'runModel', 'tidyRows']) expect(names[f]).toBe('function');
    expect(names.VERSION).toBe('string');
  });

  it('type-checks a TypeScript program against the shipped declarations', () => {
    writeFileSync(join(app, 'typed.ts'), `import { runScenario, type RunScenarioResult, type Scenario, loadScenario } from 'urbanize';
      const scenario: Scenario = loadScenario('baseline');
      const result: Promise<RunScenarioResult> = runScenario(scenario.name, { scale: 400, out: 'o' });
      // @ts-expect-error: the scale is a number
      runScenario('baseline', { scale: 'big' });
      export { result };\n`);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck',
      '--typeRoots', join(ROOT, 'node_modules', '@types'), '--types', 'node', 'typed.ts'], { cwd: app, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('runs the example of docs/api.md as written', () => {
    writeFileSync(join(app, 'example.mjs'), apiExample());
    const r = node('example.mjs');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Shanxi urbanization rate 2022: \d\d\.\d%/);
    expect(r.stdout.split('\n').filter((l) => /^\S+\s+\d+\.\d%$/.test(l))).toHaveLength(11);
    expect(existsSync(join(app, 'out', 'baseline', 'results.csv'))).toBe(true);
  });
});
