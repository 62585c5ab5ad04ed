import { CATALOG, isWorkloadKindId, layerBytes, type WorkloadKindId } from './catalog.ts';
import { computeCosts, workloadMemory } from './costs.ts';
import { vmDisk } from './disk.ts';
import { factBytes, factDefinition, isFactId, whyFactValueIsInvalid, type Facts } from './facts.ts';
import { GUEST_OSES, isGuestOsId } from './guests.ts';
import { HARDWARE_PRESETS, isHardwarePresetId } from './hardware.ts';
import { isHypervisorType, isVmOptimisation, type Host, type Placement, type Workload } from './host.ts';
import { isSizeId, largerSize, sizeById, type SizeId } from './sizes.ts';
import { formatDisk, formatMemory } from './units.ts';

/** Why an action was refused. `memory` and `disk` mean the host ran out; the others mean the input was wrong. */
export type RefusalReason =
  | 'memory'
  | 'disk'
  | 'too-small'
  | 'unknown-workload'
  | 'unknown-size'
  | 'unknown-preset'
  | 'unknown-guest-os'
  | 'unknown-hypervisor'
  | 'unknown-optimisation'
  | 'unknown-fact'
  | 'invalid-value'
  | 'invalid-label'
  | 'duplicate-id'
  | 'not-found';

/** A refused action: the host is unchanged, and this says what ran out and by how much. */
export interface Refusal {
  readonly ok: false;
  readonly reason: RefusalReason;
  readonly message: string;
  /** For `memory` and `disk`: bytes the action needed and bytes that were free. */
  readonly neededBytes?: number;
  readonly freeBytes?: number;
  /** The name of the workload that asked for the room, when one did (an add). */
  readonly workload?: string;
}

export type ActionResult = { readonly ok: true; readonly host: Host } | Refusal;

function refuse(reason: RefusalReason, message: string, extra: Partial<Refusal> = {}): Refusal {
  return { ok: false, reason, message, ...extra };
}

const WHERE: Record<Placement, { full: string; unit: string }> = {
  vm: { full: 'No land left on the street', unit: 'this house' },
  container: { full: 'No room left in the building', unit: 'this apartment' },
  'container-in-vm': { full: 'No room left in the house that holds the building', unit: 'this apartment' },
  microvm: { full: 'No land left for another microVM', unit: 'this microVM' },
};

/**
 * Refuses a candidate host that uses more than the hardware has, or returns null when it fits.
 * `subject` names what asked for the room: "this house", or "the 12 houses at 4 GiB each".
 */
function refuseForLackOf(before: Host, after: Host, subject?: string, more = true): Refusal | null {
  const was = computeCosts(before);
  const now = computeCosts(after);
  const where = WHERE[after.placement];
  const who = subject ?? where.unit;
  const amount = more ? 'more' : 'of';
  if (now.memory.capacity !== was.memory.capacity || now.disk.capacity !== was.disk.capacity) {
    // Other hardware: compare everything with the new machine, not with what was free on the old one.
    if (now.memory.used > now.memory.capacity) {
      return refuse('memory', `${where.full}: a ${after.hardware.name.toLowerCase()} has ${formatMemory(now.memory.capacity)} of memory; ${who} would take ${formatMemory(now.memory.used)}.`, {
        neededBytes: now.memory.used,
        freeBytes: now.memory.capacity,
      });
    }
    if (now.disk.used > now.disk.capacity) {
      return refuse('disk', `${where.full}: a ${after.hardware.name.toLowerCase()} has ${formatDisk(now.disk.capacity)} of disk; ${who} would take ${formatDisk(now.disk.used)}.`, {
        neededBytes: now.disk.used,
        freeBytes: now.disk.capacity,
      });
    }
    return null;
  }
  if (now.memory.used > now.memory.capacity) {
    const needed = now.memory.used - was.memory.used;
    const free = Math.max(0, was.memory.free);
    return refuse('memory', `${where.full}: ${who} would need ${formatMemory(needed)} ${amount} memory; ${formatMemory(free)} is free.`, {
      neededBytes: needed,
      freeBytes: free,
    });
  }
  if (now.disk.used > now.disk.capacity) {
    const needed = now.disk.used - was.disk.used;
    const free = Math.max(0, was.disk.free);
    return refuse('disk', `${where.full}: ${who} would need ${formatDisk(needed)} ${amount} disk; ${formatDisk(free)} is free.`, {
      neededBytes: needed,
      freeBytes: free,
    });
  }
  return null;
}

function accept(before: Host, after: Host, subject?: string, more = true): ActionResult {
  return refuseForLackOf(before, after, subject, more) ?? { ok: true, host: after };
}

/** Refuses a size too small for the app's own working set or CPU. */
function whySizeIsTooSmall(kind: WorkloadKindId, size: SizeId): Refusal | null {
  const workload = CATALOG[kind];
  const unit = sizeById(size);
  if (workload.workingSetBytes > unit.memoryBytes) {
    return refuse('too-small', `A ${unit.name} gives ${formatMemory(unit.memoryBytes)}; a ${workload.name} needs ${formatMemory(workload.workingSetBytes)}. Choose a larger size.`);
  }
  if (workload.cpu > unit.cpu) {
    return refuse('too-small', `A ${unit.name} gives ${unit.cpu} cores; a ${workload.name} needs ${workload.cpu}. Choose a larger size.`);
  }
  return null;
}

/** The smallest size a kind of workload fits in. */
export function smallestSizeFor(kind: WorkloadKindId): SizeId {
  for (const id of ['studio', 'one-bedroom', 'two-bedroom', 'penthouse'] as const) {
    if (!whySizeIsTooSmall(kind, id)) return id;
  }
  return 'penthouse';
}

/** The size a workload asked for at `asked` gets: that size, or the smallest it fits in when that is larger. */
export function sizeToAdd(kind: WorkloadKindId, asked: SizeId): SizeId {
  return largerSize(asked, smallestSizeFor(kind));
}

const LABEL_LIMIT = 40;

/** A label trimmed and checked: any printable text up to 40 characters (markup included; it is shown as text). */
export function cleanLabel(label: string): string | Refusal {
  // Control characters become spaces; bidirectional overrides are dropped, so a name cannot display reversed.
  const clean = String(label)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Counted in code points, as a reader counts characters: an emoji is one, not two.
  const length = [...clean].length;
  if (length === 0) return refuse('invalid-label', 'A workload needs a name.');
  if (length > LABEL_LIMIT) {
    return refuse('invalid-label', `A name may have at most ${LABEL_LIMIT} characters; this one has ${length}.`);
  }
  return clean;
}

/** Adds a workload at a size, or says why it cannot. */
export function addWorkload(host: Host, workload: Workload): ActionResult {
  if (!isWorkloadKindId(workload.kind)) return refuse('unknown-workload', `There is no workload called “${workload.kind}”.`);
  if (!isSizeId(workload.size)) return refuse('unknown-size', `There is no size called “${workload.size}”.`);
  if (host.workloads.some((existing) => existing.id === workload.id)) {
    return refuse('duplicate-id', `A workload with id “${workload.id}” is already running.`);
  }
  const label = cleanLabel(workload.label);
  if (typeof label !== 'string') return label;
  const tooSmall = whySizeIsTooSmall(workload.kind, workload.size);
  if (tooSmall) return tooSmall;
  const result = accept(host, { ...host, workloads: [...host.workloads, { ...workload, label }] }, undefined, false);
  return result.ok ? result : { ...result, workload: label };
}

/** Removes a workload. Nothing is ever refused for lack of room by a removal. */
export function removeWorkload(host: Host, id: string): ActionResult {
  if (!host.workloads.some((workload) => workload.id === id)) return refuse('not-found', `No workload “${id}” is running.`);
  return { ok: true, host: { ...host, workloads: host.workloads.filter((workload) => workload.id !== id) } };
}

/** Moves a workload to another size: a bigger apartment, or a house with bigger rooms. */
export function resizeWorkload(host: Host, id: string, size: SizeId): ActionResult {
  if (!isSizeId(size)) return refuse('unknown-size', `There is no size called “${size}”.`);
  const current = host.workloads.find((workload) => workload.id === id);
  if (!current) return refuse('not-found', `No workload “${id}” is running.`);
  if (current.size === size) return { ok: true, host };
  const tooSmall = whySizeIsTooSmall(current.kind, size);
  if (tooSmall) return tooSmall;
  const workloads = host.workloads.map((workload) => (workload.id === id ? { ...workload, size } : workload));
  return accept(host, { ...host, workloads }, `${WHERE[host.placement].unit} at ${sizeById(size).name}`);
}

function everything(host: Host): string {
  const count = host.workloads.length;
  const noun = host.placement === 'vm' ? 'house' : host.placement === 'microvm' ? 'microVM' : 'apartment';
  return count === 0 ? 'the platform alone' : `the ${count} ${noun}${count === 1 ? '' : 's'} and the platform`;
}

/** Moves everything to other hardware; refused when what runs would not fit there. */
export function setHardware(host: Host, presetId: string): ActionResult {
  if (!isHardwarePresetId(presetId)) return refuse('unknown-preset', `There is no machine called “${presetId}”.`);
  if (host.hardware.presetId === presetId) return { ok: true, host };
  return accept(host, { ...host, hardware: HARDWARE_PRESETS[presetId] }, everything(host));
}

/** Changes the guest OS every VM runs. */
export function setGuestOs(host: Host, guestOs: string): ActionResult {
  if (!isGuestOsId(guestOs)) return refuse('unknown-guest-os', `There is no guest OS called “${guestOs}”.`);
  if (host.guestOs === guestOs) return { ok: true, host };
  return accept(host, { ...host, guestOs: GUEST_OSES[guestOs].id }, everything(host));
}

/** Changes the hypervisor between type 1 (on the hardware, with a management domain) and type 2 (on a host OS). */
export function setHypervisor(host: Host, hypervisor: string): ActionResult {
  if (!isHypervisorType(hypervisor)) return refuse('unknown-hypervisor', `There is no hypervisor type “${hypervisor}”.`);
  if (host.hypervisor === hypervisor) return { ok: true, host };
  return accept(host, { ...host, hypervisor }, everything(host));
}

/** Turns one of the VM optimisations on or off (it changes only what a host of VMs costs). */
export function setOptimisation(host: Host, optimisation: string, on: boolean): ActionResult {
  if (!isVmOptimisation(optimisation)) return refuse('unknown-optimisation', `There is no VM optimisation called “${optimisation}”.`);
  if (typeof on !== 'boolean') return refuse('invalid-value', `A VM optimisation is on or off; “${String(on)}” is neither.`);
  if (host.optimisations[optimisation] === on) return { ok: true, host };
  return accept(host, { ...host, optimisations: { ...host.optimisations, [optimisation]: on } }, everything(host));
}

/** Changes one figure of the facts table; out-of-range values are refused with the allowed range. */
export function setFact(host: Host, factId: string, value: number): ActionResult {
  if (!isFactId(factId)) return refuse('unknown-fact', `There is no figure called “${factId}”.`);
  const invalid = whyFactValueIsInvalid(factId, value);
  if (invalid) return refuse('invalid-value', invalid);
  if (host.facts[factId] === value) return { ok: true, host };
  const label = factDefinition(factId)?.label ?? factId;
  return accept(host, { ...host, facts: { ...host.facts, [factId]: value } }, `${everything(host)} with this ${label.toLowerCase()}`);
}

/** Replaces the whole facts table (for "restore defaults"); every value is validated. */
export function setFacts(host: Host, facts: Facts): ActionResult {
  for (const [id, value] of Object.entries(facts)) {
    if (!isFactId(id)) return refuse('unknown-fact', `There is no figure called “${id}”.`);
    const invalid = whyFactValueIsInvalid(id, value);
    if (invalid) return refuse('invalid-value', invalid);
  }
  if (Object.entries(facts).every(([id, value]) => host.facts[id as keyof Facts] === value)) return { ok: true, host };
  return accept(host, { ...host, facts: { ...host.facts, ...facts } }, everything(host));
}

/**
 * How many more of a kind of workload, at a size, this host can still take.
 * For containers, the first copy may bring layers not yet stored; later copies add only a writable layer.
 */
export function fitCount(host: Host, kind: WorkloadKindId, size: SizeId): number {
  if (whySizeIsTooSmall(kind, size)) return 0;
  const costs = computeCosts(host);
  const memory = workloadMemory(host, { size });
  const perMemory = memory.apps + memory.overhead;
  const byMemory = perMemory > 0 ? Math.floor(costs.memory.free / perMemory) : Number.POSITIVE_INFINITY;
  let byDisk: number;
  if (host.placement === 'vm') {
    const perDisk = vmDisk(host, { kind }).stored;
    // With linked clones the first VM also brings the shared base image.
    const base = host.optimisations.linkedClones && host.workloads.length === 0 ? vmDisk(host, { kind }).guest : 0;
    const free = costs.disk.free - base;
    byDisk = free < 0 ? 0 : perDisk > 0 ? Math.floor(free / perDisk) : Number.POSITIVE_INFINITY;
  } else {
    const stored = new Set(host.workloads.flatMap((workload) => CATALOG[workload.kind].layers.map((layer) => layer.id)));
    const firstExtra = CATALOG[kind].layers
      .filter((layer) => !stored.has(layer.id))
      .reduce((sum, layer) => sum + layerBytes(host.facts, layer), 0);
    const writable = factBytes(host.facts, 'writableLayerKB');
    const afterFirst = costs.disk.free - firstExtra - writable;
    if (afterFirst < 0) byDisk = 0;
    else byDisk = writable > 0 ? 1 + Math.floor(afterFirst / writable) : Number.POSITIVE_INFINITY;
  }
  return Math.max(0, Math.min(byMemory, byDisk));
}
