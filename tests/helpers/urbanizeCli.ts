import { execSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'urbanize.js');

/** Runs the compiled CLI as a user does, in a child process. */
export function urbanizeCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', timeout: options.timeout ?? 60_000, env: { ...process.env, ...options.env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Compiles dist/ (the CLI runs from it), failing the tests with the compiler's message. */
export function buildCli(): void {
  try {
    execSync('npx tsc -p tsconfig.json', { cwd: ROOT, stdio: 'pipe' });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the build (tsc) failed, so the CLI cannot be tested:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}
