import type { World } from '../world.js';

/** One part of a simulated year. Every stage has this signature (STYLE.md habit 3). */
export type Stage = (world: World) => void;
