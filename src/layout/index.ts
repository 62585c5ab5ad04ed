/** Layout: pure functions from model state and a width to positioned nodes keyed by workload id. No DOM. */
export * from './building.ts';
export * from './core.ts';
export * from './house.ts';
export * from './layers.ts';
export * from './nested.ts';
export * from './ribbon.ts';
export * from './scale.ts';
export * from './shapes.ts';
export * from './sign.ts';
export * from './street.ts';
export * from './text.ts';
export * from './unit.ts';
export * from './callouts.ts';
