/**
 * The host model: plain TypeScript, no React, no D3, no Zustand.
 * Functions take a host (or a scenario of three hosts) and an input, and return the new state or a refusal.
 */
export * from './actions.ts';
export * from './catalog.ts';
export * from './costs.ts';
export * from './disk.ts';
export * from './facts.ts';
export * from './guests.ts';
export * from './hardware.ts';
export * from './host.ts';
export * from './scenario.ts';
export * from './sizes.ts';
export * from './spec.ts';
export * from './units.ts';
