import vm from 'node:vm';

/**
 * Ctrl-C for the CLI. Node runs a `process.on('SIGINT')` handler only when the event loop is free, so a
 * synchronous run (the whole model, in-thread) would ignore Ctrl-C until it finished. {@link interruptible}
 * closes that gap with `vm`'s `breakOnSigint`, which stops running JavaScript from a watchdog thread;
 * {@link listenForInterrupt} covers the asynchronous rest (sweeps awaiting workers). Both end in
 * {@link stopAfterInterrupt}: cleanups, a resume hint, exit code 130.
 */

/** Exit code after Ctrl-C: 128 + SIGINT (2), as shells report a process stopped by it. */
export const INTERRUPTED_EXIT_CODE = 130;

/** What a command undoes, and says, when the user presses Ctrl-C. */
export interface InterruptHook {
  /** e.g. terminate workers, remove `.partial-*` folders; awaited, in reverse order of registration */
  cleanup?: () => void | Promise<void>;
  /** how to pick up where the work stopped, e.g. `rerun the same command: finished runs are kept` */
  resume?: string;
}

/** Thrown out of {@link interruptible} when Ctrl-C stopped synchronous work. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
}

const hooks: InterruptHook[] = [];
let stopping = false;

/** Registers a hook for Ctrl-C; call the returned function once the work it guards is done. */
export function onInterrupt(hook: InterruptHook): () => void {
  hooks.push(hook);
  return () => {
    const k = hooks.indexOf(hook);
    if (k >= 0) hooks.splice(k, 1);
  };
}

/**
 * Runs `work` so that Ctrl-C stops even its synchronous part, throwing {@link InterruptedError}. For an
 * async function only the part before its first `await` is covered; {@link listenForInterrupt} does the rest.
 */
export function interruptible<T>(work: () => T): T {
  try {
    return new vm.Script('work()').runInNewContext({ work }, { breakOnSigint: true }) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') throw new InterruptedError('interrupted');
    throw err;
  }
}

/** Handles SIGINT while the event loop is free (between awaits); returns a function that stops listening. */
export function listenForInterrupt(): () => void {
  const handler = (): void => void stopAfterInterrupt();
  process.on('SIGINT', handler);
  return () => process.off('SIGINT', handler);
}

/**
 * Runs the registered cleanups (newest first), prints what was stopped and how to resume, and exits with
 * code 130. A second Ctrl-C during cleanup exits at once.
 */
export async function stopAfterInterrupt(): Promise<never> {
  if (stopping) process.exit(INTERRUPTED_EXIT_CODE);
  stopping = true;
  process.on('SIGINT', () => process.exit(INTERRUPTED_EXIT_CODE));
  const pending = hooks.splice(0).reverse();
  for (const hook of pending) {
    try {
      await hook.cleanup?.();
    } catch (err) {
      process.stderr.write(`urbanize: cleanup after Ctrl-C failed: ${(err as Error).message}\n`);
    }
  }
  const resume = pending.flatMap((h) => (h.resume ? [h.resume] : []));
  process.stderr.write(`urbanize: interrupted (Ctrl-C)${resume.map((r) => `\nurbanize: to resume, ${r}`).join('')}\n`);
  process.exit(INTERRUPTED_EXIT_CODE);
}
