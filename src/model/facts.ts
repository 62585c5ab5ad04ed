/**
 * The facts table: every figure the model computes with, its source and a one-line note.
 * The UI shows this table as it is, and lets the reader change any value within its range.
 * Values are kept in the unit a person would quote them in; `factBytes` converts.
 */

/** Units a fact is quoted in. Memory is binary (MiB), disk decimal (MB, GB), as vendors quote them. */
export type FactUnit = 'MiB' | 'MB' | 'GB' | 'KB' | 's';

/** Which part of the picture a fact belongs to, for grouping in the assumptions panel. */
export type FactGroup = 'host' | 'engine' | 'guest-minimal' | 'guest-general' | 'images';

export interface FactDefinition {
  readonly id: FactId;
  readonly label: string;
  readonly group: FactGroup;
  readonly defaultValue: number;
  readonly unit: FactUnit;
  /** The smallest and largest values the model accepts: outside them a change is refused. */
  readonly min: number;
  readonly max: number;
  readonly source: string;
  readonly note: string;
}

const MINIMAL_GUEST_SOURCE = 'Common small-VM sizing for an Alpine Linux guest (512 MiB RAM, 1 GB disk)';
const GENERAL_GUEST_SOURCE =
  'Oracle Linux 9 and Ubuntu Server installation requirements (1–2 GiB RAM, ≥ 10 GB disk, 20 GB recommended)';
const SPLIT_NOTE = 'the split between kernel, services and userland is this explainer’s estimate; the total is the sourced figure';
const VM_BOOT_SOURCE = 'General practice: 30–90 s is commonly quoted for a classic VM boot; measure your own';
const IMAGE_SOURCE = 'docker-alpine README (image size comparison)';

const table = {
  hostOsMemoryMiB: {
    label: 'Host OS memory', group: 'host', defaultValue: 1024, unit: 'MiB', min: 64, max: 65536,
    source: GENERAL_GUEST_SOURCE,
    note: 'A Docker host, and the host under a type-2 hypervisor, runs one general-purpose OS; the lower end of its floor.',
  },
  hostOsDiskGB: {
    label: 'Host OS disk', group: 'host', defaultValue: 10, unit: 'GB', min: 0.1, max: 1000,
    source: GENERAL_GUEST_SOURCE,
    note: 'The minimum install of the host’s own OS.',
  },
  hypervisorMemoryMiB: {
    label: 'Hypervisor memory', group: 'host', defaultValue: 256, unit: 'MiB', min: 8, max: 16384,
    source: 'Teaching estimate',
    note: 'A type-1 hypervisor runs on bare metal and needs only this; a type-2 hypervisor needs this on top of a host OS.',
  },
  hypervisorDiskGB: {
    label: 'Hypervisor disk', group: 'host', defaultValue: 1, unit: 'GB', min: 0.01, max: 100,
    source: 'Teaching estimate',
    note: 'The hypervisor’s own files, apart from the guests’ disks.',
  },
  vmmOverheadMiB: {
    label: 'Per-VM monitor overhead', group: 'host', defaultValue: 5, unit: 'MiB', min: 0, max: 4096,
    source: 'Firecracker SPECIFICATION.md (≤ 5 MiB VMM overhead per microVM)',
    note: 'Memory the virtual machine monitor spends on each VM. Classic monitors such as QEMU spend more: this favours the VMs.',
  },
  engineMemoryMiB: {
    label: 'Container engine memory', group: 'engine', defaultValue: 100, unit: 'MiB', min: 1, max: 8192,
    source: 'Teaching estimate',
    note: 'The building manager: dockerd and containerd, resident once per host.',
  },
  engineDiskMB: {
    label: 'Container engine disk', group: 'engine', defaultValue: 250, unit: 'MB', min: 1, max: 10000,
    source: 'Teaching estimate',
    note: 'The Docker engine’s installed binaries.',
  },
  runtimeMemoryMiB: {
    label: 'Per-container runtime overhead', group: 'engine', defaultValue: 4, unit: 'MiB', min: 0, max: 1024,
    source: 'Teaching estimate',
    note: 'The small shim process that watches each container; no kernel, no services.',
  },
  writableLayerKB: {
    label: 'Container writable layer', group: 'engine', defaultValue: 4, unit: 'KB', min: 0, max: 10_000_000,
    source: 'Docker storage-driver docs (`docker ps -s`: 63 B written over a 287 MB virtual size)',
    note: 'What each container writes on top of its shared read-only layers: bytes to kilobytes when data lives in volumes.',
  },
  containerStartSeconds: {
    label: 'Container start', group: 'engine', defaultValue: 0.5, unit: 's', min: 0, max: 600,
    source: 'Published runc and Kata Containers comparisons (about 0.4–0.7 s to create)',
    note: 'Creating namespaces and cgroups and starting the first process: no kernel to boot.',
  },
  minimalKernelMiB: {
    label: 'Minimal guest: kernel memory', group: 'guest-minimal', defaultValue: 128, unit: 'MiB', min: 1, max: 65536,
    source: MINIMAL_GUEST_SOURCE, note: `The guest’s own kernel and its buffers; ${SPLIT_NOTE}.`,
  },
  minimalServicesMiB: {
    label: 'Minimal guest: services memory', group: 'guest-minimal', defaultValue: 64, unit: 'MiB', min: 0, max: 65536,
    source: MINIMAL_GUEST_SOURCE, note: `init, logging, time sync, SSH; ${SPLIT_NOTE}.`,
  },
  minimalUserlandMiB: {
    label: 'Minimal guest: userland and caches memory', group: 'guest-minimal', defaultValue: 320, unit: 'MiB', min: 0,
    max: 65536, source: MINIMAL_GUEST_SOURCE, note: `Shell, libraries, page cache and headroom; ${SPLIT_NOTE}.`,
  },
  minimalKernelDiskMB: {
    label: 'Minimal guest: kernel disk', group: 'guest-minimal', defaultValue: 60, unit: 'MB', min: 1, max: 100000,
    source: MINIMAL_GUEST_SOURCE, note: `Kernel image and modules; ${SPLIT_NOTE}.`,
  },
  minimalServicesDiskMB: {
    label: 'Minimal guest: services disk', group: 'guest-minimal', defaultValue: 40, unit: 'MB', min: 0, max: 100000,
    source: MINIMAL_GUEST_SOURCE, note: `System services and their configuration; ${SPLIT_NOTE}.`,
  },
  minimalUserlandDiskMB: {
    label: 'Minimal guest: userland disk', group: 'guest-minimal', defaultValue: 900, unit: 'MB', min: 0, max: 1000000,
    source: MINIMAL_GUEST_SOURCE, note: `Userland, package cache and free space in the guest’s disk; ${SPLIT_NOTE}.`,
  },
  minimalBootSeconds: {
    label: 'Minimal guest: boot time', group: 'guest-minimal', defaultValue: 30, unit: 's', min: 0, max: 3600,
    source: VM_BOOT_SOURCE, note: 'The low end of the quoted range: firmware, kernel, then init and services.',
  },
  generalKernelMiB: {
    label: 'General-purpose guest: kernel memory', group: 'guest-general', defaultValue: 256, unit: 'MiB', min: 1,
    max: 65536, source: GENERAL_GUEST_SOURCE, note: `The guest’s own kernel and its buffers; ${SPLIT_NOTE}.`,
  },
  generalServicesMiB: {
    label: 'General-purpose guest: services memory', group: 'guest-general', defaultValue: 512, unit: 'MiB', min: 0,
    max: 65536, source: GENERAL_GUEST_SOURCE, note: `systemd, journald, networking, SSH, updates; ${SPLIT_NOTE}.`,
  },
  generalUserlandMiB: {
    label: 'General-purpose guest: userland and caches memory', group: 'guest-general', defaultValue: 1280,
    unit: 'MiB', min: 0, max: 65536, source: GENERAL_GUEST_SOURCE,
    note: `Shell, package manager, libraries, page cache; ${SPLIT_NOTE}.`,
  },
  generalKernelDiskMB: {
    label: 'General-purpose guest: kernel disk', group: 'guest-general', defaultValue: 500, unit: 'MB', min: 1,
    max: 100000, source: GENERAL_GUEST_SOURCE, note: `Kernel images, modules and firmware; ${SPLIT_NOTE}.`,
  },
  generalServicesDiskMB: {
    label: 'General-purpose guest: services disk', group: 'guest-general', defaultValue: 1500, unit: 'MB', min: 0,
    max: 100000, source: GENERAL_GUEST_SOURCE, note: `System services, logs and their configuration; ${SPLIT_NOTE}.`,
  },
  generalUserlandDiskMB: {
    label: 'General-purpose guest: userland disk', group: 'guest-general', defaultValue: 18000, unit: 'MB', min: 0,
    max: 1000000, source: GENERAL_GUEST_SOURCE,
    note: `Userland, package cache and the free space the installer recommends; ${SPLIT_NOTE}.`,
  },
  generalBootSeconds: {
    label: 'General-purpose guest: boot time', group: 'guest-general', defaultValue: 60, unit: 's', min: 0, max: 3600,
    source: VM_BOOT_SOURCE, note: 'The middle of the quoted range: firmware, kernel, systemd and its services.',
  },
  alpineImageMB: {
    label: 'alpine base image', group: 'images', defaultValue: 5.6, unit: 'MB', min: 0.1, max: 100000,
    source: IMAGE_SOURCE, note: 'The smallest common base: a few megabytes, where a VM starts from a whole OS.',
  },
  debianImageMB: {
    label: 'debian base image', group: 'images', defaultValue: 114, unit: 'MB', min: 0.1, max: 100000,
    source: IMAGE_SOURCE, note: 'The base of the official PostgreSQL and Python images.',
  },
  ubuntuImageMB: {
    label: 'ubuntu base image', group: 'images', defaultValue: 64, unit: 'MB', min: 0.1, max: 100000,
    source: IMAGE_SOURCE, note: 'The same distribution as a 20 GB VM disk, as a container base.',
  },
} as const satisfies Record<string, Omit<FactDefinition, 'id'>>;

/** The id of one figure of the facts table. */
export type FactId = keyof typeof table;

/** The value of every fact, in the fact's own unit. */
export type Facts = Readonly<Record<FactId, number>>;

/** Every fact, in display order. */
export const FACTS: readonly FactDefinition[] = (Object.keys(table) as FactId[]).map((id) => ({ id, ...table[id] }));

const byId = new Map<string, FactDefinition>(FACTS.map((fact) => [fact.id, fact]));

/** The definition of a fact, or undefined when the id names none. */
export function factDefinition(id: string): FactDefinition | undefined {
  return byId.get(id);
}

/** True when `id` names a fact. */
export function isFactId(id: string): id is FactId {
  return byId.has(id);
}

/** The facts table at its sourced defaults. */
export const DEFAULT_FACTS: Facts = Object.fromEntries(FACTS.map((fact) => [fact.id, fact.defaultValue])) as Facts;

const UNIT_BYTES: Record<Exclude<FactUnit, 's'>, number> = {
  MiB: 1024 * 1024,
  MB: 1000 * 1000,
  GB: 1000 * 1000 * 1000,
  KB: 1000,
};

/** A size fact in whole bytes. Rounding keeps every sum of bytes an exact integer. */
export function factBytes(facts: Facts, id: FactId): number {
  const unit = table[id].unit;
  if (unit === 's') throw new Error(`${id} is a time, not a size`);
  return Math.round(facts[id] * UNIT_BYTES[unit]);
}

/**
 * Why a value is not acceptable for a fact, or null when it is.
 * Out-of-range values are refused rather than clamped, so the reader sees what happened.
 */
export function whyFactValueIsInvalid(id: FactId, value: number): string | null {
  const fact = table[id];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return `${fact.label} must be a number; “${String(value)}” is not.`;
  }
  if (value < fact.min || value > fact.max) {
    return `${fact.label} must be between ${fact.min} and ${fact.max} ${fact.unit}; ${value} ${fact.unit} is out of range.`;
  }
  return null;
}
