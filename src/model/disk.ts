import { appLayersBytes, CATALOG, layerBytes, type Layer } from './catalog.ts';
import { factBytes } from './facts.ts';
import { guestDisk } from './guests.ts';
import type { Host, Workload } from './host.ts';

// What a host stores: its own OS and engine, each VM's thin disk or each image layer once. Part of `computeCosts`.

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
  /** Bytes that sharing saved: the extra copies of shared layers (or of a linked clones' base image) not stored. */
  readonly saved: number;
  /** What the host's disks are given: VMs' virtual disks at their full size (thin disks store only `used`). */
  readonly allocated: number;
}

/** Disk paid once for the host: its own OS (a type-1 hypervisor's management domain is one too), and what it shares. */
export function platformDisk(host: Host): number {
  const os = factBytes(host.facts, 'hostOsDiskGB');
  const engine = factBytes(host.facts, 'engineDiskMB');
  switch (host.placement) {
    case 'vm':
      return os;
    case 'container':
      return os + engine;
    case 'container-in-vm':
      return os + guestDisk(host.facts, host.guestOs).used + engine;
    case 'microvm':
      // One minimal guest kernel and root file system, read-only, that every microVM boots from.
      return os + engine + guestDisk(host.facts, 'minimal').used;
  }
}

/** A VM's own disk: what it stores (its installed guest OS and the app), and the size its virtual disk is given. */
export interface VmDisk {
  /** Its installed guest OS: stored in each VM's disk, or once in a shared base image with linked clones. */
  readonly guest: number;
  /** The app installed on it: the same bytes as the image layers above its base. */
  readonly app: number;
  /** What this VM's own disk stores on the host. */
  readonly stored: number;
  readonly allocated: number;
}

export function vmDisk(host: Host, workload: Pick<Workload, 'kind'>): VmDisk {
  const guest = guestDisk(host.facts, host.guestOs);
  const app = appLayersBytes(host.facts, CATALOG[workload.kind]);
  const stored = host.optimisations.linkedClones ? app : guest.used + app;
  return { guest: guest.used, app, stored, allocated: Math.max(guest.allocated, guest.used + app) };
}

/** One image layer on a host of containers, and the ids of the workloads that use it. */
export interface LayerUse {
  readonly layer: Layer;
  readonly bytes: number;
  readonly users: readonly string[];
}

/**
 * The layers stored on a host of containers (or microVMs started from images), each once, in first-use order. A VM
 * host stores none: each VM's disk holds its own install. Pure and cheap, so layout and scenes may call it freely.
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

/** Every disk cost of a host, derived from its state. */
export function diskCost(host: Host): DiskCost {
  const capacity = host.hardware.diskBytes;
  const platform = platformDisk(host);
  let unique = 0;
  let shared = 0;
  let saved = 0;
  let allocated = 0;
  if (host.placement === 'vm') {
    for (const workload of host.workloads) {
      const disk = vmDisk(host, workload);
      unique += disk.stored;
      allocated += disk.allocated;
    }
    const count = host.workloads.length;
    if (host.optimisations.linkedClones && count > 0) {
      // One base image, read-only, that every VM's thin disk records its differences from.
      const base = guestDisk(host.facts, host.guestOs).used;
      shared += base;
      saved += base * (count - 1);
    }
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
  return { capacity, used, free: capacity - used, platform, unique, shared, saved, allocated: host.placement === 'vm' ? platform + allocated : used };
}
