import {
  formatDisk,
  formatMemory,
  type HostCosts,
  type Refusal,
} from '../model/index.ts';
import type { RefusalSign } from '../layout/sign.ts';

const GiB = 1024 ** 3;
const GIB_ONE_DECIMAL = new Intl.NumberFormat('en-US');

function gib(bytes: number): string {
  return GIB_ONE_DECIMAL.format(Math.round((bytes / GiB) * 10) / 10);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The street's accessible summary: "Street of houses: 4 virtual machines using 9.5 of 64 GiB". */
export function streetSummary(costs: HostCosts): string {
  return `Street of houses: ${plural(costs.count, 'virtual machine', 'virtual machines')} using ${gib(costs.memory.used)} of ${gib(costs.memory.capacity)} GiB, ${formatMemory(costs.memory.free)} of land free.`;
}

/** The microVMs' accessible summary: it begins "Row of microVMs", as the tests and the issue name it. */
export function microvmSummary(costs: HostCosts): string {
  return `Row of microVMs: ${plural(costs.count, 'microVM', 'microVMs')}, each with a minimal guest kernel, using ${gib(costs.memory.used)} of ${gib(costs.memory.capacity)} GiB, ${formatMemory(costs.memory.free)} of land free.`;
}

/** The building's accessible summary. */
export function buildingSummary(costs: HostCosts, layerCount: number): string {
  return `Apartment building: ${plural(costs.count, 'container', 'containers')} using ${gib(costs.memory.used)} of ${gib(costs.memory.capacity)} GiB, ${plural(layerCount, 'image layer', 'image layers')} stored once, ${formatMemory(costs.memory.free)} free.`;
}

/** The nested host's accessible summary. */
export function nestedSummary(costs: HostCosts): string {
  return `Docker inside a VM: one house holding ${plural(costs.count, 'container', 'containers')}, using ${gib(costs.memory.used)} of ${gib(costs.memory.capacity)} GiB.`;
}

const HEADLINES = { vms: 'No land left', containers: 'No room left', nested: 'No room left', microvms: 'No land left' } as const;

/** The sign a side shows for a refusal: a short headline and the reason. */
export function sceneRefusal(side: keyof typeof HEADLINES, refusal: Refusal | undefined, serial: number): RefusalSign | null {
  if (!refusal) return null;
  const capacity = refusal.reason === 'memory' || refusal.reason === 'disk';
  if (!capacity) return { headline: 'Not possible', detail: refusal.message, serial };
  // (Capacity refusals always carry both figures; the message is the fallback.)
  // The sign stays short, so it hides little of the picture; the alert under the controls says it in full.
  const format = refusal.reason === 'memory' ? formatMemory : formatDisk;
  const what = refusal.reason === 'memory' ? 'memory' : 'disk';
  if (refusal.neededBytes === undefined || refusal.freeBytes === undefined) return { headline: HEADLINES[side], detail: refusal.message, serial };
  // Which tenant found no room, where the sign has the width to say so.
  const needs = `${format(refusal.neededBytes)} of ${what}; ${format(refusal.freeBytes)} free.`;
  const brief = `Needs ${format(refusal.neededBytes)}; ${format(refusal.freeBytes)} free.`;
  const who = refusal.workload;
  return {
    headline: HEADLINES[side],
    detail: who ? `${who} needs ${needs}` : `Needs ${needs}`,
    shorter: who ? [`${who}: needs ${format(refusal.neededBytes)}; ${format(refusal.freeBytes)} free.`, `Needs ${needs}`, brief] : [brief],
    serial,
  };
}
