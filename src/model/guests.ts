import { factBytes, type FactId, type Facts } from './facts.ts';

/** Guest operating systems a VM can run. Each brings its own kernel, services and userland. */
export type GuestOsId = 'minimal' | 'general';

export interface GuestOs {
  readonly id: GuestOsId;
  readonly name: string;
  readonly example: string;
  readonly facts: {
    /** What the guest keeps resident for itself once booted. */
    readonly memory: FactId;
    /** The smallest VM, app included, its documentation allows. */
    readonly minimum: FactId;
    /** What its installed system stores on disk. */
    readonly disk: FactId;
    /** The size its virtual disk is given. */
    readonly diskAllocated: FactId;
  };
}

export const GUEST_OSES: Readonly<Record<GuestOsId, GuestOs>> = {
  minimal: {
    id: 'minimal', name: 'Minimal guest', example: 'Alpine',
    facts: {
      memory: 'minimalGuestMemoryMiB',
      minimum: 'minimalGuestMinimumMiB',
      disk: 'minimalGuestDiskMiB',
      diskAllocated: 'minimalGuestDiskAllocatedGiB',
    },
  },
  general: {
    id: 'general', name: 'General-purpose guest', example: 'Ubuntu Server',
    facts: {
      memory: 'generalGuestMemoryMiB',
      minimum: 'generalGuestMinimumMiB',
      disk: 'generalGuestDiskGB',
      diskAllocated: 'generalGuestDiskAllocatedGB',
    },
  },
};

export const GUEST_OS_IDS = Object.keys(GUEST_OSES) as GuestOsId[];

export function isGuestOsId(id: string): id is GuestOsId {
  return Object.hasOwn(GUEST_OSES, id);
}

/**
 * The sources give a guest's resident memory as one figure. The picture draws it as two rooms, its kernel and its
 * services, in these shares of that figure: a drawing convention, not a measurement, and said so in the assumptions.
 */
export const GUEST_KERNEL_SHARE = 0.5;

/** What a guest OS keeps resident for itself: its own kernel and services, every house's plumbing and wiring. */
export interface GuestFootprint {
  readonly kernel: number;
  readonly services: number;
  readonly total: number;
}

/** Memory one guest OS keeps resident for itself, in bytes. */
export function guestFootprint(facts: Facts, guest: GuestOsId): GuestFootprint {
  const total = factBytes(facts, GUEST_OSES[guest].facts.memory);
  const kernel = Math.round(total * GUEST_KERNEL_SHARE);
  return { kernel, services: total - kernel, total };
}

/** The smallest VM, in bytes, the guest's own documentation allows. */
export function guestMinimum(facts: Facts, guest: GuestOsId): number {
  return factBytes(facts, GUEST_OSES[guest].facts.minimum);
}

/** A guest's disk: what its installed system stores, and the size its virtual disk is given, in bytes. */
export interface GuestDisk {
  readonly used: number;
  readonly allocated: number;
}

export function guestDisk(facts: Facts, guest: GuestOsId): GuestDisk {
  const { disk, diskAllocated } = GUEST_OSES[guest].facts;
  return { used: factBytes(facts, disk), allocated: factBytes(facts, diskAllocated) };
}

/** Seconds a VM takes to boot its guest to a usable userspace: one sourced figure for both guests. */
export function guestBootSeconds(facts: Facts): number {
  return facts.vmBootSeconds;
}
