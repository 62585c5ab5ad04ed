import { appLayersBytes, CATALOG, layerBytes, type Layer } from './catalog.ts';
import { factBytes } from './facts.ts';
import { guestBootSeconds, guestDisk, guestMemory, type GuestOsCost } from './guests.ts';
import type { Host, Workload } from './host.ts';
import { sizeById } from './sizes.ts';

/** Memory of a host, in bytes. `apps` is what the tenants rent; `overhead` is everything else. */
export interface MemoryCost {
  readonly capacity: number;
  readonly used: number;
  readonly free: number;
  readonly apps: number;
  readonly overhead: number;
  /** Paid once per host: hypervisor, host OS, container engine, the one VM of a nested host. */
  readonly platform: number;
  /** Paid again for every workload: a guest OS and its monitor per VM, a small shim per container. */
  readonly perWorkload: number;
}

/** Disk of a host, in bytes. Layers used by several containers are counted once, in `shared`. */
export interface DiskCost {
  readonly capacity: number;
  readonly used: number;
  readonly free: number;
  readonly platform: number;
  /** Bytes that belong to a single workload: a VM's whole disk, or a layer one container uses, plus writable layers. */
  readonly unique: number;
  /** Bytes of layers that two or more containers use, stored once. */
  readonly shared: number;
  /** Bytes that sharing saved: the extra copies of shared layers that are not stored. */
  readonly saved: number;
}

export interface CpuCost {
  readonly cores: number;
  /** vCPUs or CPU limits promised to workloads. CPU time is shared, so this may exceed `cores`. */
  readonly committed: number;
}

export interface StartupCost {
  /** Seconds from "start" to "ready", per workload id. */
  readonly perWorkload: Readonly<Record<string, number>>;
  /** When every workload is ready, starting them all at once. */
  readonly allReady: number;
  /** What must boot before any workload can start (the VM of a nested host); 0 otherwise. */
  readonly platformBoot: number;
}

export interface HostCosts {
  readonly memory: MemoryCost;
  readonly disk: DiskCost;
  readonly cpu: CpuCost;
  readonly startup: StartupCost;
  readonly count: number;
  /** Overhead as a share of memory used, 0..1. */
  readonly overheadShare: number;
}

/** What one house (a VM) costs in memory, in bytes: a whole guest OS, its monitor, and the rooms its tenant rents. */
export interface VmMemory {
  readonly guest: GuestOsCost;
  /** The virtual machine monitor's share, paid for every VM. */
  readonly monitor: number;
  /** The rooms the tenant rents: the workload's size. */
  readonly tenant: number;
  readonly total: number;
}

/** What one house costs on this host, part by part, whatever the host's own placement. */
export function vmMemory(host: Pick<Host, 'facts' | 'guestOs'>, workload: Pick<Workload, 'size'>): VmMemory {
  const guest = guestMemory(host.facts, host.guestOs);
  const monitor = factBytes(host.facts, 'vmmOverheadMiB');
  const tenant = sizeById(workload.size).memoryBytes;
  return { guest, monitor, tenant, total: guest.total + monitor + tenant };
}

/** What one apartment (a container) costs in memory, in bytes: the rooms it rents and the runtime's small shim. */
export interface ContainerMemory {
  readonly tenant: number;
  readonly runtime: number;
  readonly total: number;
}

/** What one apartment costs on this host, whether the building stands on the host or inside its VM. */
export function containerMemory(host: Pick<Host, 'facts'>, workload: Pick<Workload, 'size'>): ContainerMemory {
  const tenant = sizeById(workload.size).memoryBytes;
  const runtime = factBytes(host.facts, 'runtimeMemoryMiB');
  return { tenant, runtime, total: tenant + runtime };
}

/** The memory a workload rents and the overhead it brings with it, in bytes. */
export function workloadMemory(host: Host, workload: Pick<Workload, 'size'>): { apps: number; overhead: number } {
  if (host.placement === 'vm') {
    const vm = vmMemory(host, workload);
    return { apps: vm.tenant, overhead: vm.guest.total + vm.monitor };
  }
  const container = containerMemory(host, workload);
  return { apps: container.tenant, overhead: container.runtime };
}

/** A VM is given whole vCPUs: there is no quarter of a virtual processor. */
export function workloadCpu(host: Host, workload: Pick<Workload, 'size'>): number {
  const cpu = sizeById(workload.size).cpu;
  return host.placement === 'vm' ? Math.max(1, Math.ceil(cpu)) : cpu;
}

/** The hypervisor's share of a host's memory, in bytes: the hypervisor, and for type 2 the host OS it runs on. */
export interface HypervisorMemory {
  readonly hypervisor: number;
  /** 0 for type 1, which runs on bare metal. */
  readonly hostOs: number;
  readonly total: number;
}

/** The hypervisor's share, paid once by a host of VMs and by the host under a nested VM alike. */
export function hypervisorMemory(host: Pick<Host, 'facts' | 'hypervisor'>): HypervisorMemory {
  const hypervisor = factBytes(host.facts, 'hypervisorMemoryMiB');
  if (host.hypervisor !== 'type-2') return { hypervisor, hostOs: 0, total: hypervisor };
  const hostOs = factBytes(host.facts, 'hostOsMemoryMiB');
  return { hypervisor, hostOs, total: hypervisor + hostOs };
}

function hypervisorDisk(host: Host): number {
  const hypervisor = factBytes(host.facts, 'hypervisorDiskGB');
  return host.hypervisor === 'type-2' ? hypervisor + factBytes(host.facts, 'hostOsDiskGB') : hypervisor;
}

/** What a building's core holds: the one kernel every apartment shares, with its OS, and the engine. */
export interface BuildingCoreMemory {
  /** The host's OS; inside a VM, that VM's guest OS. */
  readonly kernel: number;
  readonly engine: number;
  readonly total: number;
}

/** The memory of a building's shared core, paid once however many apartments it lets. */
export function buildingCoreMemory(host: Host): BuildingCoreMemory {
  const kernel = host.placement === 'container-in-vm' ? guestMemory(host.facts, host.guestOs).total : factBytes(host.facts, 'hostOsMemoryMiB');
  const engine = factBytes(host.facts, 'engineMemoryMiB');
  return { kernel, engine, total: kernel + engine };
}

/** Memory paid once for the host, whatever runs on it. */
export function platformMemory(host: Host): number {
  switch (host.placement) {
    case 'vm':
      return hypervisorMemory(host).total;
    case 'container':
      return buildingCoreMemory(host).total;
    case 'container-in-vm':
      return hypervisorMemory(host).total + factBytes(host.facts, 'vmmOverheadMiB') + buildingCoreMemory(host).total;
  }
}

/** Disk paid once for the host. */
export function platformDisk(host: Host): number {
  const engine = factBytes(host.facts, 'engineDiskMB');
  switch (host.placement) {
    case 'vm':
      return hypervisorDisk(host);
    case 'container':
      return factBytes(host.facts, 'hostOsDiskGB') + engine;
    case 'container-in-vm':
      return hypervisorDisk(host) + guestDisk(host.facts, host.guestOs).total + engine;
  }
}

/** A VM's own disk: the whole guest OS plus the app installed on it. */
export function vmDiskBytes(host: Host, workload: Pick<Workload, 'kind'>): number {
  return guestDisk(host.facts, host.guestOs).total + appLayersBytes(host.facts, CATALOG[workload.kind]);
}

/** One image layer on a host of containers, and the ids of the workloads that use it. */
export interface LayerUse {
  readonly layer: Layer;
  readonly bytes: number;
  readonly users: readonly string[];
}

/**
 * The layers stored on a host of containers, each once, in first-use order. A VM host stores none:
 * each VM's disk is a full copy. Pure and cheap, so layout and scenes may call it freely.
 */
export function layerUsage(host: Host): LayerUse[] {
  if (host.placement === 'vm') return [];
  const uses = new Map<string, { layer: Layer; users: string[] }>();
  for (const workload of host.workloads) {
    for (const layer of CATALOG[workload.kind].layers) {
      const use = uses.get(layer.id);
      if (use) use.users.push(workload.id);
      else uses.set(layer.id, { layer, users: [workload.id] });
    }
  }
  return [...uses.values()].map(({ layer, users }) => ({ layer, bytes: layerBytes(host.facts, layer), users }));
}

function diskCost(host: Host): DiskCost {
  const capacity = host.hardware.diskBytes;
  const platform = platformDisk(host);
  let unique = 0;
  let shared = 0;
  let saved = 0;
  if (host.placement === 'vm') {
    for (const workload of host.workloads) unique += vmDiskBytes(host, workload);
  } else {
    for (const use of layerUsage(host)) {
      if (use.users.length > 1) {
        shared += use.bytes;
        saved += use.bytes * (use.users.length - 1);
      } else {
        unique += use.bytes;
      }
    }
    unique += host.workloads.length * factBytes(host.facts, 'writableLayerKB');
  }
  const used = platform + unique + shared;
  return { capacity, used, free: capacity - used, platform, unique, shared, saved };
}

function memoryCost(host: Host): MemoryCost {
  const capacity = host.hardware.memoryBytes;
  const platform = platformMemory(host);
  let apps = 0;
  let perWorkload = 0;
  for (const workload of host.workloads) {
    const cost = workloadMemory(host, workload);
    apps += cost.apps;
    perWorkload += cost.overhead;
  }
  const overhead = platform + perWorkload;
  const used = apps + overhead;
  return { capacity, used, free: capacity - used, apps, overhead, platform, perWorkload };
}

/** Seconds from start to ready for one workload on this host. */
export function workloadStartSeconds(host: Host, workload: Pick<Workload, 'kind'>): number {
  const app = CATALOG[workload.kind].appStartSeconds;
  return host.placement === 'vm'
    ? guestBootSeconds(host.facts, host.guestOs) + app
    : host.facts.containerStartSeconds + app;
}

function startupCost(host: Host): StartupCost {
  const perWorkload: Record<string, number> = {};
  let allReady = 0;
  for (const workload of host.workloads) {
    const seconds = workloadStartSeconds(host, workload);
    perWorkload[workload.id] = seconds;
    allReady = Math.max(allReady, seconds);
  }
  const platformBoot = host.placement === 'container-in-vm' ? guestBootSeconds(host.facts, host.guestOs) : 0;
  return { perWorkload, allReady, platformBoot };
}

/**
 * Costs already worked out, by host. Hosts are never changed in place (every action returns a new one), so a host
 * seen before has the same costs: an add checks room, the ledger shows the figures and "how many more fit" reads
 * them again, and with a thousand workloads each pass is a thousand sums.
 */
const known = new WeakMap<Host, HostCosts>();

/** Every cost of a host, derived from its state. */
export function computeCosts(host: Host): HostCosts {
  let costs = known.get(host);
  if (!costs) {
    costs = workOutCosts(host);
    known.set(host, costs);
  }
  return costs;
}

function workOutCosts(host: Host): HostCosts {
  const memory = memoryCost(host);
  const committed = host.workloads.reduce((sum, workload) => sum + workloadCpu(host, workload), 0);
  return {
    memory,
    disk: diskCost(host),
    cpu: { cores: host.hardware.cores, committed },
    startup: startupCost(host),
    count: host.workloads.length,
    overheadShare: memory.used === 0 ? 0 : memory.overhead / memory.used,
  };
}
