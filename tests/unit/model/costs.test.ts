import { describe, expect, it } from 'vitest';
import {
  computeCosts,
  containerMemory,
  DEFAULT_FACTS,
  factBytes,
  fitCount,
  GB,
  GiB,
  guestDisk,
  HARDWARE_PRESETS,
  hypervisorMemory,
  KB,
  layerUsage,
  MB,
  MiB,
  offeredVmSize,
  platformDisk,
  platformMemory,
  vmDisk,
  vmMemory,
  WORKLOAD_KIND_IDS,
  workloadCpu,
  workloadMemory,
  workloadStartSeconds,
  type Host,
  type Placement,
} from '../../../src/model/index.ts';
import { fillUntilRefused, makeHostWith, type HostSpec } from '../fixtures.ts';

const placements: Placement[] = ['vm', 'container', 'container-in-vm', 'microvm'];
const MERGE = { mergePages: true } as const;
const CLONES = { linkedClones: true } as const;

/** A host's costs with page merging or linked clones turned on, everything else the same. */
function withOptimisation(host: Host, optimisation: 'mergePages' | 'linkedClones'): Host {
  return { ...host, optimisations: { ...host.optimisations, [optimisation]: true } };
}

describe('memory', () => {
  it('an empty host pays only its platform', () => {
    for (const placement of placements) {
      const costs = computeCosts(makeHostWith({ placement }));
      expect(costs.count, placement).toBe(0);
      expect(costs.memory.apps, placement).toBe(0);
      expect(costs.memory.perWorkload, placement).toBe(0);
      expect(costs.memory.guestOs, placement).toBe(0);
      expect(costs.memory.reserve, placement).toBe(0);
      expect(costs.memory.merged, placement).toBe(0);
      expect(costs.memory.used, placement).toBe(costs.memory.platform);
      expect(costs.memory.free, placement).toBe(HARDWARE_PRESETS.server.memoryBytes - costs.memory.platform);
    }
  });

  it('counts the platform each placement pays once', () => {
    // A type-1 hypervisor and its management domain.
    expect(platformMemory(makeHostWith({ placement: 'vm' }))).toBe(1024 * MiB);
    // The host OS and the container engine.
    expect(platformMemory(makeHostWith({ placement: 'container' }))).toBe(1024 * MiB + 56 * MiB);
    // The nested host pays the hypervisor, one VM's monitor and guest, and the engine inside it.
    expect(platformMemory(makeHostWith({ placement: 'container-in-vm' }))).toBe(1024 * MiB + 5 * MiB + 65 * MiB + 56 * MiB);
    expect(platformMemory(makeHostWith({ placement: 'container-in-vm', guestOs: 'minimal' }))).toBe(1024 * MiB + 5 * MiB + 38 * MiB + 56 * MiB);
    // MicroVMs are started by a container engine on the host OS.
    expect(platformMemory(makeHostWith({ placement: 'microvm' }))).toBe(1024 * MiB + 56 * MiB);
  });

  it('charges each VM its whole size and its monitor; each container its rooms and a shim', () => {
    const vms = computeCosts(makeHostWith({ placement: 'vm', workloads: ['web', 'database'] }));
    // A studio web server in a 1 GiB VM, a two-bedroom database in a 2 GiB VM.
    expect(vms.memory.apps).toBe(256 * MiB + 1024 * MiB);
    expect(vms.memory.perWorkload).toBe(1024 * MiB - 256 * MiB + 5 * MiB + (2048 * MiB - 1024 * MiB + 5 * MiB));
    expect(vms.memory.guestOs).toBe(2 * 65 * MiB);
    expect(vms.memory.reserve).toBe(1024 * MiB - 256 * MiB - 65 * MiB + (2048 * MiB - 1024 * MiB - 65 * MiB));
    expect(vms.memory.perWorkload).toBe(vms.memory.guestOs + vms.memory.reserve + 2 * 5 * MiB);
    const containers = computeCosts(makeHostWith({ placement: 'container', workloads: ['web', 'database'] }));
    expect(containers.memory.apps).toBe(256 * MiB + 1024 * MiB);
    expect(containers.memory.perWorkload).toBe(2 * 5 * MiB);
    expect(containers.memory.guestOs).toBe(0);
    expect(containers.memory.reserve).toBe(0);
    for (const costs of [vms, containers]) {
      expect(costs.memory.overhead).toBe(costs.memory.platform + costs.memory.perWorkload);
      expect(costs.memory.used).toBe(costs.memory.apps + costs.memory.overhead);
      expect(costs.memory.free).toBe(costs.memory.capacity - costs.memory.used);
    }
  });

  it('keeps the overhead share between 0 and 1, highest for VMs and lowest for containers', () => {
    const shares: Record<Placement, number> = { vm: 0, container: 0, 'container-in-vm': 0, microvm: 0 };
    for (const placement of placements) {
      for (const workloads of [[], ['web'], ['web', 'api', 'cache', 'database']] as const) {
        const costs = computeCosts(makeHostWith({ placement, workloads }));
        expect(costs.overheadShare).toBeGreaterThanOrEqual(0);
        expect(costs.overheadShare).toBeLessThanOrEqual(1);
        expect(costs.overheadShare).toBeCloseTo(costs.memory.overhead / costs.memory.used, 12);
        shares[placement] = costs.overheadShare;
      }
    }
    expect(shares.vm).toBeGreaterThan(shares.microvm);
    expect(shares.microvm).toBeGreaterThan(shares.container);
  });
});

describe('sizing a VM', () => {
  it('offers VM sizes that double from the smallest', () => {
    expect(offeredVmSize(1, 512 * MiB)).toBe(512 * MiB);
    expect(offeredVmSize(512 * MiB, 512 * MiB)).toBe(512 * MiB);
    expect(offeredVmSize(512 * MiB + 1, 512 * MiB)).toBe(1 * GiB);
    expect(offeredVmSize(3 * GiB, 512 * MiB)).toBe(4 * GiB);
    expect(offeredVmSize(4 * GiB + 65 * MiB, 512 * MiB)).toBe(8 * GiB);
    expect(offeredVmSize(300 * MiB, 100 * MiB)).toBe(400 * MiB);
  });

  it('gives a general-purpose web server a 1 GiB VM: its guest and rooms rounded up, never below Ubuntu’s minimum', () => {
    const vm = vmMemory(makeHostWith({ placement: 'vm' }), { size: 'studio' });
    expect(vm.size).toBe(1 * GiB);
    expect(vm.tenant).toBe(256 * MiB);
    expect(vm.guest.total).toBe(65 * MiB);
    expect(vm.reserve).toBe(1 * GiB - 65 * MiB - 256 * MiB);
    expect(vm.merged).toBe(0);
    expect(vm.monitor).toBe(5 * MiB);
    expect(vm.total).toBe(1 * GiB + 5 * MiB);
  });

  it('gives a minimal guest’s studio a 512 MiB VM that holds more than 200 MiB neither uses', () => {
    const vm = vmMemory(makeHostWith({ placement: 'vm', guestOs: 'minimal' }), { size: 'studio' });
    expect(vm.size).toBe(512 * MiB);
    expect(vm.guest.total).toBe(38 * MiB);
    expect(vm.reserve).toBe(512 * MiB - 38 * MiB - 256 * MiB);
    expect(vm.reserve).toBeGreaterThan(200 * MiB);
  });

  it('puts a penthouse on the general guest in an 8 GiB VM: 4 GiB of rooms and a guest do not fit in 4 GiB', () => {
    for (const guestOs of ['general', 'minimal'] as const) {
      const vm = vmMemory(makeHostWith({ placement: 'vm', guestOs }), { size: 'penthouse' });
      expect(vm.size, guestOs).toBe(8 * GiB);
      expect(vm.total, guestOs).toBe(8 * GiB + 5 * MiB);
    }
  });

  it('follows the figures: the smallest size offered, the guest’s minimum and its footprint', () => {
    const studio = (facts: HostSpec['facts'], guestOs: 'general' | 'minimal' = 'general') =>
      vmMemory(makeHostWith({ placement: 'vm', guestOs, facts }), { size: 'studio' }).size;
    // 38 MiB of guest and 256 MiB of rooms fit the smallest size when it is 300 MiB.
    expect(studio({ vmSmallestMiB: 300 }, 'minimal')).toBe(300 * MiB);
    expect(studio({ vmSmallestMiB: 256 }, 'minimal')).toBe(512 * MiB);
    // Ubuntu's minimum still holds a general-purpose VM at 1 GiB.
    expect(studio({ vmSmallestMiB: 300 })).toBe(1 * GiB);
    expect(studio({ generalGuestMinimumMiB: 3000 })).toBe(3000 * MiB);
    // A guest that keeps 800 MiB for itself pushes a studio past 1 GiB, to the next size.
    expect(studio({ generalGuestMemoryMiB: 800 })).toBe(2 * GiB);
  });

  it('holds every part of a VM within its size: guest, reserve, tenant and what merging gave back', () => {
    for (const guestOs of ['general', 'minimal'] as const) {
      for (const optimisations of [{}, MERGE]) {
        const host = makeHostWith({ placement: 'vm', guestOs, optimisations });
        for (const size of ['studio', 'one-bedroom', 'two-bedroom', 'penthouse'] as const) {
          const vm = vmMemory(host, { size });
          const label = `${guestOs} ${size} ${JSON.stringify(optimisations)}`;
          expect(vm.guest.total + vm.reserve + vm.tenant + vm.merged, label).toBe(vm.size);
          expect(vm.guest.kernel + vm.guest.services, label).toBe(vm.guest.total);
          expect(vm.total, label).toBe(vm.size - vm.merged + vm.monitor);
          expect(vm.reserve, label).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
});

describe('a microVM', () => {
  it('is sized in MiB to its minimal guest and its app, with no doubling: a studio is 256 + 38 MiB, plus a 5 MiB monitor', () => {
    const vm = vmMemory(makeHostWith({ placement: 'microvm' }), { size: 'studio' });
    expect(vm.size).toBe(256 * MiB + 38 * MiB);
    expect(vm.reserve).toBe(0);
    expect(vm.monitor).toBe(5 * MiB);
    expect(vm.total).toBe(256 * MiB + 38 * MiB + 5 * MiB);
    expect(vmMemory(makeHostWith({ placement: 'microvm' }), { size: 'penthouse' }).size).toBe(4096 * MiB + 38 * MiB);
  });

  it('always runs the minimal guest, whichever guest the street runs', () => {
    const general = makeHostWith({ placement: 'microvm', guestOs: 'general', workloads: ['web', 'java'] });
    const minimal = makeHostWith({ placement: 'microvm', guestOs: 'minimal', workloads: ['web', 'java'] });
    expect(vmMemory(general, { size: 'studio' }).guest.total).toBe(38 * MiB);
    expect(computeCosts(general).memory).toEqual(computeCosts(minimal).memory);
    expect(computeCosts(general).disk).toEqual(computeCosts(minimal).disk);
  });

  it('is never smaller than the smallest microVM', () => {
    const vm = vmMemory(makeHostWith({ placement: 'microvm', facts: { microvmMinimumMiB: 512 } }), { size: 'studio' });
    expect(vm.size).toBe(512 * MiB);
    expect(vm.reserve).toBe(512 * MiB - 256 * MiB - 38 * MiB);
  });

  it('is never merged, even with page merging on', () => {
    const plain = makeHostWith({ placement: 'microvm', workloads: ['web', 'database'] });
    const merging = withOptimisation(plain, 'mergePages');
    expect(vmMemory(merging, { size: 'penthouse' }).merged).toBe(0);
    expect(computeCosts(merging)).toEqual(computeCosts(plain));
  });

  it('a row of microVMs costs less memory than the street and more than the building', () => {
    const used = (placement: Placement) => computeCosts(makeHostWith({ placement, workloads: [...WORKLOAD_KIND_IDS] })).memory.used;
    expect(used('microvm')).toBeLessThan(used('vm'));
    expect(used('microvm')).toBeGreaterThan(used('container'));
  });
});

describe('page merging (KSM)', () => {
  it('is off unless turned on, and then gives nothing back', () => {
    const host = makeHostWith({ placement: 'vm', workloads: ['web', 'database'] });
    expect(host.optimisations.mergePages).toBe(false);
    expect(computeCosts(host).memory.merged).toBe(0);
  });

  it('gives back 15% of each VM’s size on a street of VMs, out of what the VM holds beyond its guest and app', () => {
    const host = makeHostWith({ placement: 'vm', optimisations: MERGE });
    const vm = vmMemory(host, { size: 'studio' });
    const merged = Math.round(GiB * 0.15);
    expect(vm.merged).toBe(merged);
    expect(vm.size).toBe(1 * GiB);
    expect(vm.reserve).toBe(1 * GiB - 65 * MiB - 256 * MiB - merged);
    expect(vm.guest.total).toBe(65 * MiB);
    expect(vm.total).toBe(1 * GiB - merged + 5 * MiB);
  });

  it('takes from the guest’s services once the reserve is used up, and then from its kernel', () => {
    // A minimal studio: a 512 MiB VM holding 218 MiB of reserve, 19 MiB of services and 19 MiB of kernel.
    const vm = (percent: number) => vmMemory(makeHostWith({ placement: 'vm', guestOs: 'minimal', optimisations: MERGE, facts: { mergedPagesPercent: percent } }), { size: 'studio' });
    // 228 MiB merged: the reserve and 10 MiB of services.
    const intoServices = vm((228 / 512) * 100);
    expect(intoServices.merged).toBe(228 * MiB);
    expect(intoServices.reserve).toBe(0);
    expect(intoServices.guest).toEqual({ kernel: 19 * MiB, services: 9 * MiB, total: 28 * MiB });
    // 248 MiB merged: the reserve, all the services and 11 MiB of kernel.
    const intoKernel = vm((248 / 512) * 100);
    expect(intoKernel.merged).toBe(248 * MiB);
    expect(intoKernel.guest).toEqual({ kernel: 8 * MiB, services: 0, total: 8 * MiB });
    expect(intoKernel.tenant).toBe(256 * MiB);
  });

  it('never takes the tenant’s rooms, however high the figure', () => {
    const vm = vmMemory(makeHostWith({ placement: 'vm', optimisations: MERGE, facts: { mergedPagesPercent: 90 } }), { size: 'penthouse' });
    expect(vm.size).toBe(8 * GiB);
    expect(vm.merged).toBe(8 * GiB - 4 * GiB);
    expect(vm.guest.total).toBe(0);
    expect(vm.reserve).toBe(0);
    expect(vm.total).toBe(vm.tenant + vm.monitor);
  });

  it('takes what it gave back off the street’s memory used, VM by VM', () => {
    const plain = makeHostWith({ placement: 'vm', workloads: ['web', 'api', 'database'] });
    const merging = withOptimisation(plain, 'mergePages');
    const merged = merging.workloads.reduce((sum, workload) => sum + vmMemory(merging, workload).merged, 0);
    expect(merged).toBe(Math.round(GiB * 0.15) * 2 + Math.round(2 * GiB * 0.15));
    const before = computeCosts(plain).memory;
    const after = computeCosts(merging).memory;
    expect(after.merged).toBe(merged);
    expect(after.used).toBe(before.used - merged);
    expect(after.apps).toBe(before.apps);
    expect(after.perWorkload).toBe(after.guestOs + after.reserve + 3 * 5 * MiB);
  });

  it('changes nothing on the building, the nested host or the microVMs', () => {
    for (const placement of ['container', 'container-in-vm', 'microvm'] as const) {
      const plain = makeHostWith({ placement, workloads: ['web', 'api', 'database'] });
      expect(computeCosts(withOptimisation(plain, 'mergePages')), placement).toEqual(computeCosts(plain));
    }
  });
});

describe('the hypervisor', () => {
  it('a type-1 pays its hypervisor and management domain; a type-2 pays the host OS it runs on instead', () => {
    expect(hypervisorMemory(makeHostWith({ hypervisor: 'type-1' }))).toEqual({ hypervisor: 1024 * MiB, hostOs: 0, total: 1024 * MiB });
    expect(hypervisorMemory(makeHostWith({ hypervisor: 'type-2' }))).toEqual({ hypervisor: 0, hostOs: 1024 * MiB, total: 1024 * MiB });
  });

  it('costs the same at the defaults: a management domain’s floor and a host OS’s floor are both 1 GiB', () => {
    for (const placement of ['vm', 'container-in-vm'] as const) {
      const type1 = computeCosts(makeHostWith({ placement, hypervisor: 'type-1', workloads: ['web'] }));
      const type2 = computeCosts(makeHostWith({ placement, hypervisor: 'type-2', workloads: ['web'] }));
      expect(type2.memory.used, placement).toBe(type1.memory.used);
      expect(type2.disk.used, placement).toBe(type1.disk.used);
    }
  });

  it('follows its own figure: type 1 the management domain’s, type 2 the host OS’s', () => {
    const used = (hypervisor: 'type-1' | 'type-2', facts: Record<string, number>) =>
      computeCosts(makeHostWith({ placement: 'vm', hypervisor, facts, workloads: ['web'] })).memory.used;
    for (const hypervisor of ['type-1', 'type-2'] as const) {
      const base = used(hypervisor, {});
      expect(used(hypervisor, { hypervisorMemoryMiB: 2048 }) - base, hypervisor).toBe(hypervisor === 'type-1' ? 1024 * MiB : 0);
      expect(used(hypervisor, { hostOsMemoryMiB: 2048 }) - base, hypervisor).toBe(hypervisor === 'type-2' ? 1024 * MiB : 0);
    }
    expect(hypervisorMemory(makeHostWith({ hypervisor: 'type-2', facts: { hostOsMemoryMiB: 300 } }))).toEqual({ hypervisor: 0, hostOs: 300 * MiB, total: 300 * MiB });
  });

  it('is paid once by the street and once under the nested host’s one VM', () => {
    for (const hypervisor of ['type-1', 'type-2'] as const) {
      const facts = { hypervisorMemoryMiB: 700, hostOsMemoryMiB: 900 };
      const share = hypervisorMemory(makeHostWith({ hypervisor, facts })).total;
      expect(share).toBe(hypervisor === 'type-1' ? 700 * MiB : 900 * MiB);
      expect(platformMemory(makeHostWith({ placement: 'vm', hypervisor, facts }))).toBe(share);
      const nested = makeHostWith({ placement: 'container-in-vm', hypervisor, facts });
      expect(platformMemory(nested)).toBe(share + 5 * MiB + 65 * MiB + 56 * MiB);
    }
  });

  it('makes no difference where no hypervisor of its type runs the workloads: the building and the microVMs', () => {
    for (const placement of ['container', 'microvm'] as const) {
      expect(computeCosts(makeHostWith({ placement, hypervisor: 'type-2', workloads: [{ id: 'a', kind: 'web' }] })), placement).toEqual(
        computeCosts(makeHostWith({ placement, hypervisor: 'type-1', workloads: [{ id: 'a', kind: 'web' }] })),
      );
    }
  });
});

describe('what one house and one apartment cost', () => {
  it('a house: its VM’s size and its monitor; an apartment: its rooms and a shim', () => {
    const host = makeHostWith({ placement: 'vm' });
    const house = vmMemory(host, { size: 'studio' });
    expect(house.guest.total).toBe(65 * MiB);
    expect(house.monitor).toBe(5 * MiB);
    expect(house.tenant).toBe(256 * MiB);
    expect(house.total).toBe(house.size + 5 * MiB);
    expect(containerMemory(host, { size: 'studio' })).toEqual({ tenant: 256 * MiB, runtime: 5 * MiB, total: 261 * MiB });
    expect(containerMemory(makeHostWith({ facts: { runtimeMemoryMiB: 9 } }), { size: 'studio' }).runtime).toBe(9 * MiB);
  });

  it('are the per-workload costs the host totals are summed from', () => {
    for (const placement of placements) {
      for (const optimisations of [{}, MERGE]) {
        const host = makeHostWith({ placement, optimisations, workloads: ['web', 'database', 'cache'] });
        const perVm = placement === 'vm' || placement === 'microvm';
        const each = (workload: (typeof host.workloads)[number]) => (perVm ? vmMemory(host, workload).total : containerMemory(host, workload).total);
        const costs = computeCosts(host);
        expect(costs.memory.apps + costs.memory.perWorkload, placement).toBe(host.workloads.reduce((sum, workload) => sum + each(workload), 0));
        for (const workload of host.workloads) {
          const memory = workloadMemory(host, workload);
          expect(memory.apps + memory.overhead, placement).toBe(each(workload));
        }
      }
    }
  });
});

describe('disk', () => {
  const general = guestDisk(DEFAULT_FACTS, 'general');
  // nginx:alpine less its alpine base, and the site; postgres:18 less its debian base, and the init scripts.
  const webApp = 62_820_000 - 8_420_000 + 2 * MB;
  const databaseApp = 456_260_000 - 78_640_000 + 100_000;

  it('on a VM host: the host OS disk once, and per VM its installed guest and the app layers above the image’s base', () => {
    const host = makeHostWith({ placement: 'vm', workloads: ['web', 'database', 'web'] });
    const costs = computeCosts(host);
    expect(costs.disk.platform).toBe(platformDisk(host));
    expect(costs.disk.platform).toBe(5 * GB);
    expect(costs.disk.unique).toBe(3 * general.used + 2 * webApp + databaseApp);
    expect(costs.disk.used).toBe(costs.disk.platform + costs.disk.unique);
    expect(costs.disk.shared).toBe(0);
    expect(costs.disk.saved).toBe(0);
    expect(vmDisk(host, { kind: 'web' })).toEqual({ guest: 2.5 * GB, app: webApp, stored: 2.5 * GB + webApp, allocated: 25 * GB });
    expect(layerUsage(host)).toEqual([]);
  });

  it('gives each VM’s virtual disk its allocated size, counted apart from what the thin disk stores', () => {
    const costs = computeCosts(makeHostWith({ placement: 'vm', workloads: ['web', 'database', 'web'] }));
    expect(costs.disk.allocated).toBe(5 * GB + 3 * 25 * GB);
    expect(costs.disk.allocated).toBeGreaterThan(costs.disk.used);
    // A minimal guest's 1 GiB disk, and an app too big for it: the disk is given what it stores.
    const big = makeHostWith({ placement: 'vm', guestOs: 'minimal', facts: { nginxImageMB: 2000 } });
    const disk = vmDisk(big, { kind: 'web' });
    expect(disk.allocated).toBe(disk.guest + disk.app);
    expect(disk.allocated).toBeGreaterThan(1 * GiB);
    expect(vmDisk(makeHostWith({ placement: 'vm', guestOs: 'minimal' }), { kind: 'web' }).allocated).toBe(1 * GiB);
  });

  it('allocates on the other hosts exactly what they store', () => {
    for (const placement of ['container', 'container-in-vm', 'microvm'] as const) {
      const costs = computeCosts(makeHostWith({ placement, workloads: ['web', 'database', 'web'] }));
      expect(costs.disk.allocated, placement).toBe(costs.disk.used);
    }
  });

  it('with linked clones, each VM stores only its app, over one shared base image stored once', () => {
    const plain = makeHostWith({ placement: 'vm', workloads: ['web', 'database', 'web'] });
    const clones = withOptimisation(plain, 'linkedClones');
    const costs = computeCosts(clones);
    expect(vmDisk(clones, { kind: 'web' }).stored).toBe(webApp);
    expect(costs.disk.unique).toBe(2 * webApp + databaseApp);
    expect(costs.disk.shared).toBe(general.used);
    expect(costs.disk.saved).toBe(2 * general.used);
    expect(costs.disk.used).toBe(computeCosts(plain).disk.used - 2 * general.used);
    expect(costs.disk.allocated).toBe(computeCosts(plain).disk.allocated);
    // No VMs, no base image.
    expect(computeCosts(makeHostWith({ placement: 'vm', optimisations: CLONES })).disk.used).toBe(5 * GB);
    // One VM saves nothing yet.
    const one = computeCosts(makeHostWith({ placement: 'vm', optimisations: CLONES, workloads: ['web'] }));
    expect(one.disk.saved).toBe(0);
    expect(one.disk.used).toBe(computeCosts(makeHostWith({ placement: 'vm', workloads: ['web'] })).disk.used);
  });

  it('linked clones change nothing on the building, the nested host or the microVMs', () => {
    for (const placement of ['container', 'container-in-vm', 'microvm'] as const) {
      const plain = makeHostWith({ placement, workloads: ['web', 'database', 'web'] });
      expect(computeCosts(withOptimisation(plain, 'linkedClones')), placement).toEqual(computeCosts(plain));
    }
  });

  it('on a container host: a layer two workloads use is stored once, and saved counts the copy not stored', () => {
    const costs = computeCosts(makeHostWith({ placement: 'container', workloads: ['web', 'cache'] }));
    const alpine = 8_420_000;
    expect(costs.disk.shared).toBe(alpine);
    expect(costs.disk.saved).toBe(alpine);
    // nginx, the site, Redis (each image less its alpine base), and one writable layer per container.
    expect(costs.disk.unique).toBe(54_400_000 + 2 * MB + 110_200_000 + 2 * 36 * KB);
    expect(costs.disk.platform).toBe(5 * GB + 378 * MB);
    expect(costs.disk.used).toBe(costs.disk.platform + costs.disk.unique + costs.disk.shared);
    expect(costs.disk.free).toBe(costs.disk.capacity - costs.disk.used);
  });

  it('three copies of one image store its layers once and save two copies', () => {
    // The whole nginx:alpine image, and the site.
    const image = 62_820_000 + 2 * MB;
    const one = computeCosts(makeHostWith({ placement: 'container', workloads: ['web'] }));
    const three = computeCosts(makeHostWith({ placement: 'container', workloads: ['web', 'web', 'web'] }));
    expect(one.disk.shared).toBe(0);
    expect(one.disk.unique).toBe(image + 36 * KB);
    expect(three.disk.shared).toBe(image);
    expect(three.disk.saved).toBe(2 * image);
    expect(three.disk.unique).toBe(3 * 36 * KB);
    // The third copy costs only a writable layer.
    expect(three.disk.used - one.disk.used).toBe(2 * 36 * KB);
  });

  it('api and worker share both the alpine base and the Node.js runtime', () => {
    const host = makeHostWith({ placement: 'container', workloads: ['api', 'worker'] });
    const costs = computeCosts(host);
    expect(costs.disk.shared).toBe(170_750_000);
    const users = layerUsage(host).map((use) => ({ description: use.layer.description, users: use.users.length }));
    expect(users).toEqual([
      { description: 'alpine base filesystem', users: 2 },
      { description: 'Node.js runtime', users: 2 },
      { description: 'API service npm dependencies', users: 1 },
      { description: 'API service code', users: 1 },
      { description: 'worker npm dependencies', users: 1 },
      { description: 'worker code', users: 1 },
    ]);
  });

  it('gives each container its own writable layer, sized by the figure', () => {
    const small = computeCosts(makeHostWith({ placement: 'container', workloads: 4, facts: { writableLayerKB: 0 } }));
    const large = computeCosts(makeHostWith({ placement: 'container', workloads: 4, facts: { writableLayerKB: 1000 } }));
    expect(large.disk.unique - small.disk.unique).toBe(4 * 1000 * KB);
    expect(large.disk.shared).toBe(small.disk.shared);
  });

  it('the nested host stores one guest disk, not one per workload, and shares layers as containers do', () => {
    const nested = computeCosts(makeHostWith({ placement: 'container-in-vm', workloads: ['web', 'web'] }));
    const containers = computeCosts(makeHostWith({ placement: 'container', workloads: ['web', 'web'] }));
    expect(nested.disk.platform).toBe(5 * GB + 2.5 * GB + 378 * MB);
    expect(platformDisk(makeHostWith({ placement: 'container-in-vm', guestOs: 'minimal' }))).toBe(5 * GB + factBytes(DEFAULT_FACTS, 'minimalGuestDiskMiB') + 378 * MB);
    expect(nested.disk.unique).toBe(containers.disk.unique);
    expect(nested.disk.shared).toBe(containers.disk.shared);
  });

  it('the microVMs share one minimal guest image, and their images’ layers as containers do', () => {
    const microvms = makeHostWith({ placement: 'microvm', workloads: ['web', 'web', 'api'] });
    const containers = makeHostWith({ placement: 'container', workloads: ['web', 'web', 'api'] });
    expect(platformDisk(microvms)).toBe(5 * GB + 378 * MB + guestDisk(DEFAULT_FACTS, 'minimal').used);
    expect(platformDisk(makeHostWith({ placement: 'microvm', guestOs: 'general' }))).toBe(platformDisk(microvms));
    const costs = computeCosts(microvms);
    expect(costs.disk.unique).toBe(computeCosts(containers).disk.unique);
    expect(costs.disk.shared).toBe(computeCosts(containers).disk.shared);
    expect(costs.disk.used - computeCosts(containers).disk.used).toBe(guestDisk(DEFAULT_FACTS, 'minimal').used);
  });

  it('follows a base image figure: a bigger debian moves bytes from the runtime layers into the shared base', () => {
    const facts = { debianImageMB: 100 };
    const moved = 100 * MB - 78_640_000;
    // One database: the postgres:18 image keeps its sourced size, only split differently.
    const one = [makeHostWith({ placement: 'container', workloads: ['database'] }), makeHostWith({ placement: 'container', workloads: ['database'], facts })];
    expect(computeCosts(one[1]!).disk.used).toBe(computeCosts(one[0]!).disk.used);
    // A database and a report job share the debian base: a bigger base means more shared, less stored.
    const two = [makeHostWith({ placement: 'container', workloads: ['database', 'reports'] }), makeHostWith({ placement: 'container', workloads: ['database', 'reports'], facts })];
    expect(computeCosts(two[1]!).disk.shared - computeCosts(two[0]!).disk.shared).toBe(moved);
    expect(computeCosts(two[0]!).disk.used - computeCosts(two[1]!).disk.used).toBe(moved);
    // A VM installs postgres on its own guest, without the debian base: less of it to install.
    const vms = [makeHostWith({ placement: 'vm', workloads: ['database'] }), makeHostWith({ placement: 'vm', workloads: ['database'], facts })];
    expect(computeCosts(vms[0]!).disk.used - computeCosts(vms[1]!).disk.used).toBe(moved);
  });

  it('follows an official image figure: a bigger postgres image is more to store on every side', () => {
    const grown = 500 * MB - 456_260_000;
    for (const placement of placements) {
      const before = computeCosts(makeHostWith({ placement, workloads: ['database'] })).disk.used;
      const after = computeCosts(makeHostWith({ placement, workloads: ['database'], facts: { postgresImageMB: 500 } })).disk.used;
      expect(after - before, placement).toBe(grown);
    }
  });
});

describe('CPU', () => {
  it('commits whole vCPUs to VMs and microVMs and exact limits to containers', () => {
    const committed = (placement: Placement) => computeCosts(makeHostWith({ placement, workloads: 3, size: 'studio' })).cpu;
    expect(committed('vm')).toEqual({ cores: 16, committed: 3 });
    expect(committed('microvm')).toEqual({ cores: 16, committed: 3 });
    expect(committed('container')).toEqual({ cores: 16, committed: 0.75 });
    expect(committed('container-in-vm')).toEqual({ cores: 16, committed: 0.75 });
    expect(workloadCpu(makeHostWith({ placement: 'vm' }), { size: 'penthouse' })).toBe(2);
  });

  it('lets the vCPUs promised exceed the cores: a street is never refused for CPU', () => {
    const { host, refusal } = fillUntilRefused(makeHostWith({ placement: 'vm', hardware: 'small-board', guestOs: 'minimal' }), 'web', 'studio');
    const cpu = computeCosts(host).cpu;
    expect(cpu.cores).toBe(4);
    expect(cpu.committed).toBe(host.workloads.length);
    expect(cpu.committed).toBeGreaterThan(cpu.cores);
    expect(refusal.reason).toBe('memory');
  });
});

describe('start-up', () => {
  const both = [{ id: 'a', kind: 'web' }, { id: 'b', kind: 'java' }] as const;

  it('a VM boots its guest, then starts the app; a container starts the app after a container start', () => {
    const vm = makeHostWith({ placement: 'vm', workloads: both });
    const container = makeHostWith({ placement: 'container', workloads: both });
    expect(computeCosts(vm).startup).toEqual({ perWorkload: { a: 8 + 0.1, b: 8 + 6 }, allReady: 14, platformBoot: 0 });
    expect(computeCosts(container).startup).toEqual({ perWorkload: { a: 0.5 + 0.1, b: 0.5 + 6 }, allReady: 6.5, platformBoot: 0 });
    expect(workloadStartSeconds(makeHostWith({ placement: 'vm', guestOs: 'minimal' }), { kind: 'web' })).toBeCloseTo(8.1, 10);
  });

  it('a microVM is started by the engine, boots in a fraction of a second, then starts the app', () => {
    const microvm = computeCosts(makeHostWith({ placement: 'microvm', workloads: both })).startup;
    expect(microvm.perWorkload.a).toBeCloseTo(0.5 + 0.125 + 0.1, 10);
    expect(microvm.perWorkload.b).toBeCloseTo(0.5 + 0.125 + 6, 10);
    expect(microvm.allReady).toBeCloseTo(6.625, 10);
    expect(microvm.platformBoot).toBe(0);
  });

  it('follows the container start, VM boot and microVM boot figures', () => {
    const facts = { containerStartSeconds: 2, vmBootSeconds: 30, microvmBootSeconds: 1 };
    const start = (placement: Placement) => computeCosts(makeHostWith({ placement, facts, workloads: [{ id: 'a', kind: 'cache' }] })).startup.perWorkload.a;
    expect(start('container')).toBeCloseTo(2.1, 10);
    expect(start('vm')).toBeCloseTo(30.1, 10);
    expect(start('microvm')).toBeCloseTo(3.1, 10);
    expect(start('container-in-vm')).toBeCloseTo(2.1, 10);
  });

  it('the nested host must boot its one VM first: platformBoot is the VM boot, whichever guest', () => {
    for (const guestOs of ['minimal', 'general'] as const) {
      const nested = computeCosts(makeHostWith({ placement: 'container-in-vm', guestOs, workloads: [{ id: 'a', kind: 'web' }] }));
      expect(nested.startup.platformBoot, guestOs).toBe(8);
      expect(nested.startup.perWorkload.a, guestOs).toBeCloseTo(0.6, 10);
    }
  });

  it('an empty host is ready at once', () => {
    for (const placement of placements) {
      expect(computeCosts(makeHostWith({ placement })).startup.allReady, placement).toBe(0);
    }
  });
});

describe('computeCosts', () => {
  it('derives everything from the host and never changes it', () => {
    for (const placement of placements) {
      const host: Host = makeHostWith({ placement, optimisations: { mergePages: true, linkedClones: true }, workloads: ['web', 'api'] });
      const before = structuredClone(host);
      const first = computeCosts(host);
      expect(computeCosts(host)).toEqual(first);
      expect(computeCosts(structuredClone(host))).toEqual(first);
      expect(host).toEqual(before);
    }
  });
});

describe('the cloud host', () => {
  // The scale of a cloud provider's machine: the benchmark puts a thousand workloads on each side of it.
  it('holds a thousand minimal VMs of web servers; after a thousand of each, the building has room for more than twice as many more', () => {
    const vms = makeHostWith({ placement: 'vm', hardware: 'cloud', guestOs: 'minimal', workloads: 1000 });
    const microvms = makeHostWith({ placement: 'microvm', hardware: 'cloud', workloads: 1000 });
    const containers = makeHostWith({ placement: 'container', hardware: 'cloud', workloads: 1000 });
    expect(vms.workloads).toHaveLength(1000);
    const more = (host: Host) => fitCount(host, 'web', 'studio');
    expect(more(containers)).toBeGreaterThan(2 * more(vms));
    expect(more(microvms)).toBeGreaterThan(more(vms));
    expect(more(microvms)).toBeLessThan(more(containers));
    expect(computeCosts(vms).memory.used).toBeLessThanOrEqual(HARDWARE_PRESETS.cloud.memoryBytes);
  });
});
