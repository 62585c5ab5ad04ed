import { factBytes, type FactId, type Facts } from './facts.ts';

/** Guest operating systems a VM can run. Each brings its own kernel, services and userland. */
export type GuestOsId = 'minimal' | 'general';

export interface GuestOs {
  readonly id: GuestOsId;
  readonly name: string;
  readonly example: string;
  readonly memoryFacts: { readonly kernel: FactId; readonly services: FactId; readonly userland: FactId };
  readonly diskFacts: { readonly kernel: FactId; readonly services: FactId; readonly userland: FactId };
  readonly bootFact: FactId;
}

export const GUEST_OSES: Readonly<Record<GuestOsId, GuestOs>> = {
  minimal: {
    id: 'minimal', name: 'Minimal guest', example: 'Alpine-sized',
    memoryFacts: { kernel: 'minimalKernelMiB', services: 'minimalServicesMiB', userland: 'minimalUserlandMiB' },
    diskFacts: { kernel: 'minimalKernelDiskMB', services: 'minimalServicesDiskMB', userland: 'minimalUserlandDiskMB' },
    bootFact: 'minimalBootSeconds',
  },
  general: {
    id: 'general', name: 'General-purpose guest', example: 'Ubuntu-sized',
    memoryFacts: { kernel: 'generalKernelMiB', services: 'generalServicesMiB', userland: 'generalUserlandMiB' },
    diskFacts: { kernel: 'generalKernelDiskMB', services: 'generalServicesDiskMB', userland: 'generalUserlandDiskMB' },
    bootFact: 'generalBootSeconds',
  },
};

export const GUEST_OS_IDS = Object.keys(GUEST_OSES) as GuestOsId[];

export function isGuestOsId(id: string): id is GuestOsId {
  return Object.hasOwn(GUEST_OSES, id);
}

/** The parts of a guest OS that every house carries: its plumbing, heating, electrical and rooms. */
export interface GuestOsCost {
  readonly kernel: number;
  readonly services: number;
  readonly userland: number;
  readonly total: number;
}

function parts(facts: Facts, ids: GuestOs['memoryFacts']): GuestOsCost {
  const kernel = factBytes(facts, ids.kernel);
  const services = factBytes(facts, ids.services);
  const userland = factBytes(facts, ids.userland);
  return { kernel, services, userland, total: kernel + services + userland };
}

/** Memory one guest OS keeps for itself, in bytes. */
export function guestMemory(facts: Facts, guest: GuestOsId): GuestOsCost {
  return parts(facts, GUEST_OSES[guest].memoryFacts);
}

/** Disk one guest OS occupies, in bytes. */
export function guestDisk(facts: Facts, guest: GuestOsId): GuestOsCost {
  return parts(facts, GUEST_OSES[guest].diskFacts);
}

export function guestBootSeconds(facts: Facts, guest: GuestOsId): number {
  return facts[GUEST_OSES[guest].bootFact];
}
