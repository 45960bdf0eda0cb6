import { describe, expect, it } from 'vitest';
import { streamKey, uniform } from '../../src/core/random.js';
import { counterShuffle } from '../../bench/schelling/counterShuffle.js';
import {
  EMPTY,
  SCHELLING_STREAM,
  createSchelling,
  happyShare,
  stepSchelling,
  type SchellingModel,
} from '../../bench/schelling/schellingModel.js';
import { SCHELLING_LARGE, type SchellingParams } from '../../bench/schelling/schellingParams.js';

/**
 * Lists every broken structural invariant (one agent per cell, each agent in exactly one cell,
 * empties = the free cells, cached groups = grid); empty when the model is consistent.
 */
function inconsistencies(m: SchellingModel): string[] {
  const errors: string[] = [];
  const cells = m.width * m.height;
  const seen = new Uint8Array(cells);
  let occupied = 0;
  for (let c = 0; c < cells; c++) {
    const o = m.grid[c];
    if (o === EMPTY) {
      if (m.cellGroup[c] !== 0) errors.push(`empty cell ${c} has cached group ${m.cellGroup[c]}`);
      continue;
    }
    occupied++;
    if (m.cell[o] !== c) errors.push(`cell ${c} holds agent ${o}, which is at ${m.cell[o]}`);
    if (m.cellGroup[c] !== m.group[o] + 1) errors.push(`cell ${c} caches the wrong group`);
  }
  if (occupied !== m.count) errors.push(`${occupied} occupied cells for ${m.count} agents`);
  for (let i = 0; i < m.count; i++) {
    const c = m.cell[i];
    if (seen[c] !== 0) errors.push(`agent ${i} shares cell ${c}`);
    seen[c] = 1;
    if (m.grid[c] !== i) errors.push(`agent ${i} is not in the grid at ${c}`);
    if (m.id[i] !== i) errors.push(`row ${i} has id ${m.id[i]}`);
  }
  if (m.empties.length !== cells - m.count) errors.push(`${m.empties.length} empties`);
  for (let k = 0; k < m.empties.length; k++) {
    const c = m.empties[k];
    if (seen[c] !== 0) errors.push(`listed empty cell ${c} is occupied or listed twice`);
    seen[c] = 2;
    if (m.grid[c] !== EMPTY) errors.push(`listed empty cell ${c} is not empty in the grid`);
  }
  for (let c = 0; c < cells; c++) if (seen[c] === 0) errors.push(`cell ${c} is neither occupied nor listed empty`);
  return errors;
}

/** Mean share of same-group agents among each agent's occupied neighbour cells: ~0.5 when mixed. */
function sameGroupShare(m: SchellingModel): number {
  let sum = 0;
  for (let i = 0; i < m.count; i++) {
    const c = m.cell[i];
    const y = Math.floor(c / m.width);
    const x = c - y * m.width;
    let same = 0;
    let all = 0;
    for (let yy = Math.max(0, y - m.radius); yy <= Math.min(m.height - 1, y + m.radius); yy++) {
      for (let xx = Math.max(0, x - m.radius); xx <= Math.min(m.width - 1, x + m.radius); xx++) {
        const o = m.grid[yy * m.width + xx];
        if (o === EMPTY || o === i) continue;
        all++;
        if (m.group[o] === m.group[i]) same++;
      }
    }
    sum += all > 0 ? same / all : 0;
  }
  return sum / m.count;
}

/**
 * Plain re-implementation of the rules on agent coordinates (no grid window, no cached groups):
 * neighbours are found by Chebyshev distance over all agents, so the edge clipping and the
 * branch-free count of the model are checked against the definition. It shares the random streams
 * and the empty-list swap rule, which fix which empty cell a mover gets.
 */
function referenceRun(seed: number, p: SchellingParams, steps: number): Int32Array {
  const m = createSchelling(seed, p); // initial state only
  const n = m.count;
  const xs = new Int32Array(n);
  const ys = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = m.cell[i] % p.width;
    ys[i] = Math.floor(m.cell[i] / p.width);
  }
  const empties = Array.from(m.empties);
  const order = new Int32Array(n).map((_, i) => i);
  for (let s = 0; s < steps; s++) {
    counterShuffle(order, n, streamKey(seed, s, SCHELLING_STREAM.order));
    const moveKey = streamKey(seed, s, SCHELLING_STREAM.move);
    for (const i of order) {
      let same = 0;
      for (let j = 0; j < n; j++) {
        if (j === i || m.group[j] !== m.group[i]) continue;
        if (Math.max(Math.abs(xs[j] - xs[i]), Math.abs(ys[j] - ys[i])) <= p.radius) same++;
      }
      if (same >= p.minToBeHappy) continue;
      const slot = Math.floor(uniform(moveKey, i, 0) * empties.length);
      const dest = empties[slot];
      empties[slot] = ys[i] * p.width + xs[i];
      xs[i] = dest % p.width;
      ys[i] = Math.floor(dest / p.width);
    }
  }
  const grid = new Int32Array(p.width * p.height).fill(EMPTY);
  for (let i = 0; i < n; i++) grid[ys[i] * p.width + xs[i]] = i;
  return grid;
}

function runSteps(seed: number, steps: number, p: SchellingParams = SCHELLING_LARGE): SchellingModel {
  const m = createSchelling(seed, p);
  for (let s = 0; s < steps; s++) stepSchelling(m, s);
  return m;
}

describe('Schelling benchmark model', () => {
  it('starts with the reference case: 8000 agents, half per group, all unhappy, on a 100x100 grid', () => {
    const m = createSchelling(7);
    expect(m.count).toBe(8000);
    expect(m.grid.length).toBe(10000);
    let group1 = 0;
    for (let i = 0; i < m.count; i++) group1 += m.group[i];
    expect(group1).toBe(4000);
    expect(m.happy.every((h) => h === 0)).toBe(true);
    expect(inconsistencies(m)).toEqual([]);
  });

  it('conserves agents and keeps each agent in exactly one cell through 20 steps', () => {
    const m = createSchelling(11);
    const groupsBefore = m.group.slice();
    for (let s = 0; s < SCHELLING_LARGE.steps; s++) {
      stepSchelling(m, s);
      expect(inconsistencies(m)).toEqual([]);
    }
    expect(m.group).toEqual(groupsBefore);
  });

  it('segregation emerges: happiness and same-group neighbour share rise from the random start', () => {
    const m = createSchelling(3);
    const happyStart = happyShare(m);
    const sameStart = sameGroupShare(m);
    expect(sameStart).toBeGreaterThan(0.45);
    expect(sameStart).toBeLessThan(0.55);
    for (let s = 0; s < SCHELLING_LARGE.steps; s++) stepSchelling(m, s);
    expect(happyShare(m)).toBeGreaterThan(happyStart + 0.15);
    expect(happyShare(m)).toBeGreaterThan(0.95);
    expect(sameGroupShare(m)).toBeGreaterThan(sameStart + 0.1);
  });

  it('same seed gives the identical final grid, a different seed a different one', () => {
    const a = runSteps(42, 20);
    const b = runSteps(42, 20);
    const c = runSteps(43, 20);
    expect(b.grid).toEqual(a.grid);
    expect(b.cell).toEqual(a.cell);
    expect(c.grid).not.toEqual(a.grid);
  });

  it('an agent found happy never moves in that step; an unhappy one always moves', () => {
    const m = createSchelling(5);
    for (let s = 0; s < SCHELLING_LARGE.steps; s++) {
      const before = m.cell.slice();
      stepSchelling(m, s);
      let happyAgents = 0;
      let happyMoved = 0;
      let unhappyStayed = 0;
      for (let i = 0; i < m.count; i++) {
        const moved = m.cell[i] !== before[i];
        if (m.happy[i] === 1) {
          happyAgents++;
          if (moved) happyMoved++;
        } else if (!moved) {
          unhappyStayed++;
        }
      }
      expect(happyMoved).toBe(0);
      expect(unhappyStayed).toBe(0);
      expect(happyAgents).toBeGreaterThan(0);
    }
  });

  it('matches a plain all-pairs Chebyshev implementation of the rules, edges included', () => {
    const small: SchellingParams = { width: 17, height: 13, agents: 170, radius: 2, minToBeHappy: 8, steps: 20 };
    for (const seed of [1, 2]) {
      const start = createSchelling(seed, small).grid;
      const m = runSteps(seed, small.steps, small);
      expect(m.grid).not.toEqual(start); // agents did move, so the comparison is not vacuous
      expect(m.grid).toEqual(referenceRun(seed, small, small.steps));
    }
  });

  it('rejects an agent count that leaves no empty cell', () => {
    expect(() => createSchelling(1, { ...SCHELLING_LARGE, agents: 10000 })).toThrow(RangeError);
  });
});
