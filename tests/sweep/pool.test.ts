/** The worker pool runs every task once, isolates crashes and replaces crashed workers. */
import { describe, expect, it } from 'vitest';
import { createPool, PoolCrash } from '../../src/parallel/pool.js';

const WORKER = new URL('./fixtures/testWorker.mjs', import.meta.url);
type In = { id: number; crash?: boolean; throw?: boolean };
type Out = { id: number; doubled: number };

describe('createPool', () => {
  it('answers every task, more tasks than workers', async () => {
    const pool = createPool<In, Out>(WORKER, 2);
    const replies = await Promise.all(Array.from({ length: 9 }, (_, id) => pool.run({ id })));
    expect(replies.map((r) => r.doubled)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16]);
    await pool.close();
  });

  it('rejects only the task whose worker crashed or threw, and keeps its size', async () => {
    const pool = createPool<In, Out>(WORKER, 2);
    const results = await Promise.allSettled([
      pool.run({ id: 1 }), pool.run({ id: 2, crash: true }), pool.run({ id: 3 }), pool.run({ id: 4, throw: true }), pool.run({ id: 5 }), pool.run({ id: 6 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const crash = (results[1] as PromiseRejectedResult).reason;
    expect(crash).toBeInstanceOf(PoolCrash);
    expect(crash.message).toMatch(/exited with code 7/);
    expect((results[3] as PromiseRejectedResult).reason.message).toMatch(/uncaught in worker/);
    expect((await Promise.all([7, 8, 9].map((id) => pool.run({ id })))).map((r) => r.id)).toEqual([7, 8, 9]);
    await pool.close();
  });

  it('rejects tasks still queued when closed', async () => {
    const pool = createPool<In, Out>(WORKER, 1);
    const settled = Promise.allSettled([pool.run({ id: 1 }), pool.run({ id: 2 })]);
    await pool.close();
    const [, queued] = await settled;
    expect(queued.status).toBe('rejected');
    expect((queued as PromiseRejectedResult).reason.message).toMatch(/closed/);
  });
});
