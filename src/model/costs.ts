import { CATALOG } from './catalog.ts';
import { diskCost, type DiskCost } from './disk.ts';
import { factBytes } from './facts.ts';
import { guestBootSeconds, guestFootprint, guestMinimum, type GuestFootprint } from './guests.ts';
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
  /** Paid again for every workload: a guest OS, its reserve and its monitor per VM, a small shim per container. */
  readonly perWorkload: number;
  /** Of `perWorkload`: the guest OSes' own kernels and services. */
  readonly guestOs: number;
  /** Of `perWorkload`: what VMs hold beyond their guest and app, from rounding up to a VM size or a guest's minimum. */
  readonly reserve: number;
  /** What page merging gave back to the host; already taken off `used`. */
  readonly merged: number;
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

/**
 * The memory size a VM is given for `bytes` of guest and app: the sizes VMs are offered in double from the smallest,
 * so a VM is rounded up to the next of them.
 */
export function offeredVmSize(bytes: number, smallest: number): number {
  let size = smallest;
  while (size < bytes) size *= 2;
  return size;
}

/**
 * What one house (a VM) costs in memory, in bytes. The hypervisor reserves the VM's whole size: its guest OS's
 * resident footprint and the app's rooms, rounded up to a size VMs are offered in and never below the guest's
 * documented minimum. What neither uses is `reserve`: held by the VM, where its guest keeps caches.
 */
export interface VmMemory {
  /** The guest OS's own kernel and services, less what page merging took back. */
  readonly guest: GuestFootprint;
  /** Held by the VM beyond its guest and its app (less what page merging took back). */
  readonly reserve: number;
  /** Given back to the host by page merging (KSM); 0 when it is off. */
  readonly merged: number;
  /** The virtual machine monitor's share, paid for every VM. */
  readonly monitor: number;
  /** The rooms the tenant rents: the workload's size, the same as its apartment's. */
  readonly tenant: number;
  /** The VM's memory size, as configured. */
  readonly size: number;
  /** What the host pays for it: its size, less what merging saved, plus its monitor. */
  readonly total: number;
}

/**
 * What one VM costs on this host, part by part. A microVM host sizes its VMs in MiB around a minimal guest; every other
 * host sizes them as a hypervisor's VMs are sized, with the host's guest OS.
 */
export function vmMemory(host: Pick<Host, 'facts' | 'guestOs' | 'placement' | 'optimisations'>, workload: Pick<Workload, 'size'>): VmMemory {
  const tenant = sizeById(workload.size).memoryBytes;
  const monitor = factBytes(host.facts, 'vmmOverheadMiB');
  const micro = host.placement === 'microvm';
  const footprint = guestFootprint(host.facts, micro ? 'minimal' : host.guestOs);
  const needed = footprint.total + tenant;
  const size = micro
    ? Math.max(factBytes(host.facts, 'microvmMinimumMiB'), needed)
    : Math.max(guestMinimum(host.facts, host.guestOs), offeredVmSize(needed, factBytes(host.facts, 'vmSmallestMiB')));
  // Page merging finds identical pages across VMs; what it gives back comes out of the guest's side of the VM, the
  // reserve first: the app's own pages are its own.
  const merging = host.placement === 'vm' && host.optimisations.mergePages;
  let merged = merging ? Math.min(size - tenant, Math.round((size * host.facts.mergedPagesPercent) / 100)) : 0;
  const fromReserve = Math.min(merged, size - needed);
  const fromServices = Math.min(merged - fromReserve, footprint.services);
  const fromKernel = Math.min(merged - fromReserve - fromServices, footprint.kernel);
  merged = fromReserve + fromServices + fromKernel;
  const kernel = footprint.kernel - fromKernel;
  const services = footprint.services - fromServices;
  return {
    guest: { kernel, services, total: kernel + services },
    reserve: size - needed - fromReserve,
    merged,
    monitor,
    tenant,
    size,
    total: size - merged + monitor,
  };
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

/** True for the placements that give every workload a VM of its own. */
export function isVmPerWorkload(placement: Host['placement']): boolean {
  return placement === 'vm' || placement === 'microvm';
}

/** The memory a workload brings, in bytes: what its app rents, its guest OS, the rest its VM holds, and the runtime. */
export interface WorkloadMemory {
  readonly apps: number;
  readonly guestOs: number;
  readonly reserve: number;
  readonly merged: number;
  /** Everything but the app: guest OS, reserve, monitor or shim. */
  readonly overhead: number;
}

export function workloadMemory(host: Host, workload: Pick<Workload, 'size'>): WorkloadMemory {
  if (isVmPerWorkload(host.placement)) {
    const vm = vmMemory(host, workload);
    return { apps: vm.tenant, guestOs: vm.guest.total, reserve: vm.reserve, merged: vm.merged, overhead: vm.total - vm.tenant };
  }
  const container = containerMemory(host, workload);
  return { apps: container.tenant, guestOs: 0, reserve: 0, merged: 0, overhead: container.runtime };
}

/**
 * The CPU a workload is promised. A VM is given whole vCPUs (there is no quarter of a virtual processor); the host's
 * scheduler time-shares them on its cores as it does processes, so the sum may exceed the cores.
 */
export function workloadCpu(host: Host, workload: Pick<Workload, 'size'>): number {
  const cpu = sizeById(workload.size).cpu;
  return isVmPerWorkload(host.placement) ? Math.max(1, Math.ceil(cpu)) : cpu;
}

/** The memory paid once for a host of VMs: a type-1 hypervisor with its management domain, or a host OS under type 2. */
export interface HypervisorMemory {
  /** The type-1 hypervisor and its management domain; 0 under type 2. */
  readonly hypervisor: number;
  /** The host OS a type-2 hypervisor runs on as a program; 0 under type 1. */
  readonly hostOs: number;
  readonly total: number;
}

/** The hypervisor's share, paid once by a host of VMs and by the host under a nested VM alike. */
export function hypervisorMemory(host: Pick<Host, 'facts' | 'hypervisor'>): HypervisorMemory {
  if (host.hypervisor === 'type-2') {
    const hostOs = factBytes(host.facts, 'hostOsMemoryMiB');
    return { hypervisor: 0, hostOs, total: hostOs };
  }
  const hypervisor = factBytes(host.facts, 'hypervisorMemoryMiB');
  return { hypervisor, hostOs: 0, total: hypervisor };
}

/** What a building's core holds: the one kernel every apartment shares, with its OS, and the engine. */
export interface BuildingCoreMemory {
  /** The host's OS; inside a VM, that VM's guest OS. */
  readonly kernel: number;
  readonly engine: number;
  readonly total: number;
}

/** The memory of a building's shared core, paid once however many apartments it lets. MicroVM hosts have one too. */
export function buildingCoreMemory(host: Host): BuildingCoreMemory {
  const kernel = host.placement === 'container-in-vm' ? guestFootprint(host.facts, host.guestOs).total : factBytes(host.facts, 'hostOsMemoryMiB');
  const engine = factBytes(host.facts, 'engineMemoryMiB');
  return { kernel, engine, total: kernel + engine };
}

/** Memory paid once for the host, whatever runs on it. */
export function platformMemory(host: Host): number {
  switch (host.placement) {
    case 'vm':
      return hypervisorMemory(host).total;
    case 'container':
    case 'microvm':
      return buildingCoreMemory(host).total;
    case 'container-in-vm':
      return hypervisorMemory(host).total + factBytes(host.facts, 'vmmOverheadMiB') + buildingCoreMemory(host).total;
  }
}

function memoryCost(host: Host): MemoryCost {
  const capacity = host.hardware.memoryBytes;
  const platform = platformMemory(host);
  let apps = 0;
  let perWorkload = 0;
  let guestOs = 0;
  let reserve = 0;
  let merged = 0;
  for (const workload of host.workloads) {
    const cost = workloadMemory(host, workload);
    apps += cost.apps;
    perWorkload += cost.overhead;
    guestOs += cost.guestOs;
    reserve += cost.reserve;
    merged += cost.merged;
  }
  const overhead = platform + perWorkload;
  const used = apps + overhead;
  return { capacity, used, free: capacity - used, apps, overhead, platform, perWorkload, guestOs, reserve, merged };
}

/** Seconds from start to ready for one workload on this host. */
export function workloadStartSeconds(host: Host, workload: Pick<Workload, 'kind'>): number {
  const app = CATALOG[workload.kind].appStartSeconds;
  switch (host.placement) {
    case 'vm':
      return guestBootSeconds(host.facts) + app;
    case 'microvm':
      // The engine's own work, then the microVM's boot, then the app.
      return host.facts.containerStartSeconds + host.facts.microvmBootSeconds + app;
    default:
      return host.facts.containerStartSeconds + app;
  }
}

function startupCost(host: Host): StartupCost {
  const perWorkload: Record<string, number> = {};
  let allReady = 0;
  for (const workload of host.workloads) {
    const seconds = workloadStartSeconds(host, workload);
    perWorkload[workload.id] = seconds;
    allReady = Math.max(allReady, seconds);
  }
  const platformBoot = host.placement === 'container-in-vm' ? guestBootSeconds(host.facts) : 0;
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
