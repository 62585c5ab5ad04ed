import { formatDisk, formatMemory, formatSeconds, type HostCosts } from '../model/index.ts';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "six", or "14" past twelve: numbers under a dozen read better as words. */
export function countInWords(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/**
 * The difference between the two places, said in words: what the building saves and why.
 * Compares like with like: only when both sides run the same number of workloads.
 */
export function differenceInWords(vms: HostCosts, containers: HostCosts): string {
  if (vms.count === 0 && containers.count === 0) {
    return 'Add a workload to see what each place costs.';
  }
  if (vms.count !== containers.count) {
    const extra = containers.count - vms.count;
    return `The building holds ${countInWords(extra)} ${plural(extra, 'tenant', 'tenants')} more than the street: the street ran out of land first.`;
  }
  const memorySaved = vms.memory.used - containers.memory.used;
  const diskSaved = vms.disk.used - containers.disk.used;
  const kernels = `${countInWords(vms.count)} guest ${plural(vms.count, 'kernel', 'kernels')}`;
  const faster = vms.startup.allReady - containers.startup.allReady;
  const held = vms.memory.reserve > 0 ? `, and ${formatMemory(vms.memory.reserve)} the VMs hold unused, rounded up to their sizes` : '';
  return (
    `Containers use ${formatMemory(memorySaved)} less memory: the houses pay for ${kernels} and their services${held}. ` +
    `They take ${formatDisk(diskSaved)} less disk, and are all ready ${formatSeconds(faster)} sooner.`
  );
}
