import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/scenario/closestName.js';

describe('closestName', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('nmae', 'name')).toBe(2);
    expect(editDistance('taiyun', 'taiyuan')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests a close name and ignores case', () => {
    expect(closestName('nmae', ['name', 'seed', 'scale'])).toBe('name');
    expect(closestName('BetaIncom', ['betaIncome', 'betaHousing'])).toBe('betaIncome');
  });

  it('suggests nothing when no name is close', () => {
    expect(closestName('zzzzzz', ['name', 'seed', 'scale'])).toBeUndefined();
  });
});
