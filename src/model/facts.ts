/**
 * The facts table: every figure the model computes with, its label, unit and range. Where each is written, and a
 * note of what it covers, are in `sources.ts`: the page's first screen computes with the numbers, and the citations
 * load with the panels that show them. The UI lets the reader change any value within its range.
 * Values are kept in the unit a person would quote them in; `factBytes` converts.
 */

/** Units a fact is quoted in. Memory is binary (MiB), disk mostly decimal (MB, GB), as vendors quote them. */
export type FactUnit = 'MiB' | 'GiB' | 'MB' | 'GB' | 'KB' | 's' | '%';

/** Which part of the picture a fact belongs to, for grouping in the assumptions panel. */
export type FactGroup = 'host' | 'engine' | 'guest-general' | 'guest-minimal' | 'microvm' | 'optimisations' | 'images';

export interface FactDefinition {
  readonly id: FactId;
  readonly label: string;
  readonly group: FactGroup;
  readonly defaultValue: number;
  readonly unit: FactUnit;
  /** The smallest and largest values the model accepts: outside them a change is refused. */
  readonly min: number;
  readonly max: number;
}

const table = {
  hostOsMemoryMiB: { label: 'Host OS memory', group: 'host', defaultValue: 1024, unit: 'MiB', min: 64, max: 65536 },
  hostOsDiskGB: { label: 'Host OS disk', group: 'host', defaultValue: 5, unit: 'GB', min: 0.1, max: 1000 },
  hypervisorMemoryMiB: { label: 'Type-1 hypervisor and its management domain', group: 'host', defaultValue: 1024, unit: 'MiB', min: 8, max: 16384 },
  vmmOverheadMiB: { label: 'Per-VM monitor overhead', group: 'host', defaultValue: 5, unit: 'MiB', min: 0, max: 4096 },
  vmSmallestMiB: { label: 'Smallest VM size offered', group: 'host', defaultValue: 512, unit: 'MiB', min: 64, max: 65536 },
  engineMemoryMiB: { label: 'Container engine memory', group: 'engine', defaultValue: 56, unit: 'MiB', min: 1, max: 8192 },
  engineDiskMB: { label: 'Container engine disk', group: 'engine', defaultValue: 378, unit: 'MB', min: 1, max: 10000 },
  runtimeMemoryMiB: { label: 'Per-container runtime overhead', group: 'engine', defaultValue: 5, unit: 'MiB', min: 0, max: 1024 },
  writableLayerKB: { label: 'Container writable layer and metadata', group: 'engine', defaultValue: 36, unit: 'KB', min: 0, max: 10_000_000 },
  containerStartSeconds: { label: 'Container start', group: 'engine', defaultValue: 0.5, unit: 's', min: 0, max: 600 },
  generalGuestMemoryMiB: { label: 'General-purpose guest: resident memory', group: 'guest-general', defaultValue: 65, unit: 'MiB', min: 1, max: 65536 },
  generalGuestMinimumMiB: { label: 'General-purpose guest: smallest whole VM', group: 'guest-general', defaultValue: 1024, unit: 'MiB', min: 1, max: 65536 },
  generalGuestDiskGB: { label: 'General-purpose guest: disk used', group: 'guest-general', defaultValue: 2.5, unit: 'GB', min: 0.01, max: 1000 },
  generalGuestDiskAllocatedGB: { label: 'General-purpose guest: disk allocated', group: 'guest-general', defaultValue: 25, unit: 'GB', min: 0.01, max: 10000 },
  vmBootSeconds: { label: 'VM boot', group: 'guest-general', defaultValue: 8, unit: 's', min: 0, max: 3600 },
  minimalGuestMemoryMiB: { label: 'Minimal guest: resident memory', group: 'guest-minimal', defaultValue: 38, unit: 'MiB', min: 1, max: 65536 },
  minimalGuestMinimumMiB: { label: 'Minimal guest: smallest whole VM', group: 'guest-minimal', defaultValue: 128, unit: 'MiB', min: 1, max: 65536 },
  minimalGuestDiskMiB: { label: 'Minimal guest: disk used', group: 'guest-minimal', defaultValue: 164.4, unit: 'MiB', min: 0.01, max: 1_000_000 },
  minimalGuestDiskAllocatedGiB: { label: 'Minimal guest: disk allocated', group: 'guest-minimal', defaultValue: 1, unit: 'GiB', min: 0.01, max: 10000 },
  microvmMinimumMiB: { label: 'MicroVM: smallest size', group: 'microvm', defaultValue: 128, unit: 'MiB', min: 1, max: 65536 },
  microvmBootSeconds: { label: 'MicroVM boot', group: 'microvm', defaultValue: 0.125, unit: 's', min: 0, max: 3600 },
  mergedPagesPercent: { label: 'Page merging (KSM): memory saved', group: 'optimisations', defaultValue: 15, unit: '%', min: 0, max: 90 },
  alpineImageMB: { label: 'alpine base image', group: 'images', defaultValue: 8.42, unit: 'MB', min: 0.1, max: 100000 },
  debianImageMB: { label: 'debian base image', group: 'images', defaultValue: 78.64, unit: 'MB', min: 0.1, max: 100000 },
  ubuntuImageMB: { label: 'ubuntu base image', group: 'images', defaultValue: 100.17, unit: 'MB', min: 0.1, max: 100000 },
  nginxImageMB: { label: 'nginx:alpine image', group: 'images', defaultValue: 62.82, unit: 'MB', min: 0.1, max: 100000 },
  nodeImageMB: { label: 'node:24-alpine image', group: 'images', defaultValue: 170.75, unit: 'MB', min: 0.1, max: 100000 },
  redisImageMB: { label: 'redis:alpine image', group: 'images', defaultValue: 118.62, unit: 'MB', min: 0.1, max: 100000 },
  postgresImageMB: { label: 'postgres:18 image', group: 'images', defaultValue: 456.26, unit: 'MB', min: 0.1, max: 100000 },
  pythonImageMB: { label: 'python:3.14-slim image', group: 'images', defaultValue: 119.66, unit: 'MB', min: 0.1, max: 100000 },
  temurinImageMB: { label: 'eclipse-temurin:25-jdk image', group: 'images', defaultValue: 413.99, unit: 'MB', min: 0.1, max: 100000 },
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

const UNIT_BYTES: Record<Exclude<FactUnit, 's' | '%'>, number> = {
  MiB: 1024 * 1024,
  GiB: 1024 * 1024 * 1024,
  MB: 1000 * 1000,
  GB: 1000 * 1000 * 1000,
  KB: 1000,
};

/** A size fact in whole bytes. Rounding keeps every sum of bytes an exact integer. */
export function factBytes(facts: Facts, id: FactId): number {
  const unit = table[id].unit;
  if (unit === 's' || unit === '%') throw new Error(`${id} is not a size`);
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
