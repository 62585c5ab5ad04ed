/** Scenes: D3 factories that draw a layout into a `<g>` the caller owns, keyed by workload id. */
export * from './building.ts';
export * from './motion.ts';
export * from './nested.ts';
export * from './street.ts';
export { signSpace } from '../layout/sign.ts';
