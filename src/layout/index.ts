/** Layout: pure functions from model state and a width to positioned nodes keyed by workload id. No DOM. */
export * from './building.ts';
export * from './nested.ts';
export * from './ribbon.ts';
export * from './scale.ts';
export * from './street.ts';
