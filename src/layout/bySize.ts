import type { SizeId } from '../model/index.ts';

/**
 * Works something out once per size rather than once per workload: every house (or unit) of one size on one host
 * costs the same and is drawn alike, and a street of a thousand houses has at most four sizes.
 */
export function bySize<T>(work: (size: SizeId) => T): (size: SizeId) => T {
  const known = new Map<SizeId, T>();
  return (size) => {
    let value = known.get(size);
    if (value === undefined) {
      value = work(size);
      known.set(size, value);
    }
    return value;
  };
}
