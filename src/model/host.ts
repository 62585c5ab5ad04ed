import { CATALOG, type WorkloadKindId } from './catalog.ts';
import { DEFAULT_FACTS, type Facts } from './facts.ts';
import type { GuestOsId } from './guests.ts';
import { HARDWARE_PRESETS, type Hardware } from './hardware.ts';
import type { SizeId } from './sizes.ts';

/**
 * How workloads are placed on the host:
 * - `vm`: a hypervisor runs one virtual machine per workload, each with a whole guest OS (a street of houses);
 * - `container`: a container engine runs one container per workload on the host's own kernel (an apartment building);
 * - `container-in-vm`: one VM runs a container engine, and the containers run inside it (a building on one house's lot);
 * - `microvm`: one small VM per workload, with a minimal guest kernel, started by a container engine as Kata Containers
 *   and firecracker-containerd do (a row of studio houses).
 */
export type Placement = 'vm' | 'container' | 'container-in-vm' | 'microvm';

/**
 * Type 1 runs directly on the hardware and schedules the guests itself, with a management domain beside them (Xen's
 * dom0, Hyper-V's root partition; KVM makes Linux itself the hypervisor); type 2 runs as a program on a host OS.
 * Both draw the same guests; they differ in the parcel underneath.
 */
export type HypervisorType = 'type-1' | 'type-2';

export const HYPERVISOR_TYPES: readonly HypervisorType[] = ['type-1', 'type-2'];

export function isHypervisorType(value: string): value is HypervisorType {
  return HYPERVISOR_TYPES.includes(value as HypervisorType);
}

/** One running workload: a house's tenant or an apartment's. */
export interface Workload {
  /** Stable across both placements, so the same workload can be followed side by side. */
  readonly id: string;
  readonly kind: WorkloadKindId;
  readonly size: SizeId;
  /** The reader-facing name, always shown as text. */
  readonly label: string;
}

/**
 * What a host of VMs can do to narrow the gap, off unless the reader turns it on: merge identical memory pages
 * between VMs (KSM), and give every VM a thin disk on one shared base image (qcow2 backing files, linked clones).
 */
export interface VmOptimisations {
  readonly mergePages: boolean;
  readonly linkedClones: boolean;
}

export const NO_OPTIMISATIONS: VmOptimisations = { mergePages: false, linkedClones: false };

export type VmOptimisation = keyof VmOptimisations;

export const VM_OPTIMISATIONS: readonly VmOptimisation[] = ['mergePages', 'linkedClones'];

export function isVmOptimisation(value: string): value is VmOptimisation {
  return VM_OPTIMISATIONS.includes(value as VmOptimisation);
}

/**
 * The same host with page merging off: what its houses take before merging gives anything back. The picture is
 * scaled and fitted to it, so that merging shrinks the houses on the same land instead of rescaling the picture.
 */
export function withoutPageMerging(host: Host): Host {
  return host.optimisations.mergePages ? { ...host, optimisations: { ...host.optimisations, mergePages: false } } : host;
}

/** One physical machine and what runs on it. Costs are derived from this, never stored in it. */
export interface Host {
  readonly placement: Placement;
  readonly hardware: Hardware;
  readonly hypervisor: HypervisorType;
  readonly guestOs: GuestOsId;
  readonly optimisations: VmOptimisations;
  readonly facts: Facts;
  readonly workloads: readonly Workload[];
}

/** A host with sensible defaults: the rack server, a type-1 hypervisor, general-purpose guests, sourced facts. */
export function makeHost(overrides: Partial<Host> = {}): Host {
  return {
    placement: 'vm',
    hardware: HARDWARE_PRESETS.server,
    hypervisor: 'type-1',
    guestOs: 'general',
    optimisations: NO_OPTIMISATIONS,
    facts: DEFAULT_FACTS,
    workloads: [],
    ...overrides,
  };
}

/** The default label for the n-th workload of a kind: "web server 2". */
export function defaultLabel(kind: WorkloadKindId, n: number): string {
  return `${CATALOG[kind].name} ${n}`;
}
