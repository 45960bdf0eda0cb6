import { describe, expect, it } from 'vitest';
import { autoThreads } from '../../src/parallel/autoThreads.js';

describe('--threads auto', () => {
  it.each([
    [349_156, 2, 1], // 1:100: a second thread would only add its start-up
    [3_491_562, 2, 2], // 1:10 on two cores
    [3_491_562, 16, 3], // 1:10: one thread per million agents
    [34_915_616, 16, 16], // every resident: all the cores
    [34_915_616, 1, 1],
    [10, 8, 1],
  ])('%i agents on %i cores: %i threads', (agents, cores, threads) => {
    expect(autoThreads(agents, cores)).toBe(threads);
  });
});
