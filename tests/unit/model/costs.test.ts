import { describe, expect, it } from 'vitest';
import {
  computeCosts,
  containerMemory,
  fitCount,
  DEFAULT_FACTS,
  GB,
  guestDisk,
  HARDWARE_PRESETS,
  hypervisorMemory,
  KB,
  layerUsage,
  MB,
  MiB,
  platformDisk,
  platformMemory,
  vmDiskBytes,
  vmMemory,
  workloadMemory,
  workloadStartSeconds,
  type Host,
  type Placement,
} from '../../../src/model/index.ts';
import { makeHostWith } from '../fixtures.ts';

const placements: Placement[] = ['vm', 'container', 'container-in-vm'];

describe('memory', () => {
  it('an empty host pays only its platform', () => {
    for (const placement of placements) {
      const costs = computeCosts(makeHostWith({ placement }));
      expect(costs.count).toBe(0);
      expect(costs.memory.apps).toBe(0);
      expect(costs.memory.perWorkload).toBe(0);
      expect(costs.memory.used).toBe(costs.memory.platform);
      expect(costs.memory.free).toBe(HARDWARE_PRESETS.server.memoryBytes - costs.memory.platform);
    }
  });

  it('counts the platform each placement pays once', () => {
    expect(platformMemory(makeHostWith({ placement: 'vm' }))).toBe(256 * MiB);
    expect(platformMemory(makeHostWith({ placement: 'container' }))).toBe(1024 * MiB + 100 * MiB);
    // The nested host pays the hypervisor, one VM with its guest, and the engine inside it.
    expect(platformMemory(makeHostWith({ placement: 'container-in-vm' }))).toBe(256 * MiB + 5 * MiB + 2048 * MiB + 100 * MiB);
  });

  it('charges each VM its size, a whole guest OS and its monitor; each container its size and a shim', () => {
    const vms = computeCosts(makeHostWith({ placement: 'vm', workloads: ['web', 'database'] }));
    expect(vms.memory.apps).toBe(256 * MiB + 1024 * MiB);
    expect(vms.memory.perWorkload).toBe(2 * (2048 * MiB + 5 * MiB));
    const containers = computeCosts(makeHostWith({ placement: 'container', workloads: ['web', 'database'] }));
    expect(containers.memory.apps).toBe(256 * MiB + 1024 * MiB);
    expect(containers.memory.perWorkload).toBe(2 * 4 * MiB);
    for (const costs of [vms, containers]) {
      expect(costs.memory.overhead).toBe(costs.memory.platform + costs.memory.perWorkload);
      expect(costs.memory.used).toBe(costs.memory.apps + costs.memory.overhead);
      expect(costs.memory.free).toBe(costs.memory.capacity - costs.memory.used);
    }
  });

  it('a type-2 hypervisor costs the host OS memory (and disk) more than a type-1', () => {
    for (const placement of ['vm', 'container-in-vm'] as const) {
      const type1 = makeHostWith({ placement, hypervisor: 'type-1', workloads: ['web'] });
      const type2 = makeHostWith({ placement, hypervisor: 'type-2', workloads: ['web'] });
      expect(computeCosts(type2).memory.used - computeCosts(type1).memory.used).toBe(1024 * MiB);
      expect(computeCosts(type2).disk.used - computeCosts(type1).disk.used).toBe(10 * GB);
    }
    // No hypervisor under plain containers: the type makes no difference there.
    expect(computeCosts(makeHostWith({ placement: 'container', hypervisor: 'type-2' }))).toEqual(
      computeCosts(makeHostWith({ placement: 'container', hypervisor: 'type-1' })),
    );
  });

  it('keeps the overhead share between 0 and 1, and higher for VMs than for containers', () => {
    const shares: Record<Placement, number> = { vm: 0, container: 0, 'container-in-vm': 0 };
    for (const placement of placements) {
      for (const workloads of [[], ['web'], ['web', 'api', 'cache', 'database']] as const) {
        const costs = computeCosts(makeHostWith({ placement, workloads }));
        expect(costs.overheadShare).toBeGreaterThanOrEqual(0);
        expect(costs.overheadShare).toBeLessThanOrEqual(1);
        expect(costs.overheadShare).toBeCloseTo(costs.memory.overhead / costs.memory.used, 12);
        shares[placement] = costs.overheadShare;
      }
    }
    expect(shares.vm).toBeGreaterThan(shares.container);
  });
});

describe('what one house and one apartment cost', () => {
  it('a house: a whole guest OS, its monitor and its rooms; an apartment: its rooms and a shim', () => {
    const host = makeHostWith({ placement: 'vm' });
    const house = vmMemory(host, { size: 'studio' });
    expect(house.guest.total).toBe(2048 * MiB);
    expect(house.monitor).toBe(5 * MiB);
    expect(house.tenant).toBe(256 * MiB);
    expect(house.total).toBe(2048 * MiB + 5 * MiB + 256 * MiB);
    expect(containerMemory(host, { size: 'studio' })).toEqual({ tenant: 256 * MiB, runtime: 4 * MiB, total: 260 * MiB });
  });

  it('are the per-workload costs the host totals are summed from', () => {
    for (const placement of placements) {
      const host = makeHostWith({ placement, workloads: ['web', 'database', 'cache'] });
      const each = host.workloads.map((workload) => (placement === 'vm' ? vmMemory(host, workload).total : containerMemory(host, workload).total));
      const costs = computeCosts(host);
      expect(costs.memory.apps + costs.memory.perWorkload).toBe(each.reduce((sum, bytes) => sum + bytes, 0));
      for (const workload of host.workloads) {
        const memory = workloadMemory(host, workload);
        expect(memory.apps + memory.overhead).toBe(placement === 'vm' ? vmMemory(host, workload).total : containerMemory(host, workload).total);
      }
    }
  });

  it('the hypervisor’s share: the hypervisor, and for type 2 the host OS beneath it', () => {
    expect(hypervisorMemory(makeHostWith({ hypervisor: 'type-1' }))).toEqual({ hypervisor: 256 * MiB, hostOs: 0, total: 256 * MiB });
    expect(hypervisorMemory(makeHostWith({ hypervisor: 'type-2' }))).toEqual({ hypervisor: 256 * MiB, hostOs: 1024 * MiB, total: 1280 * MiB });
    for (const hypervisor of ['type-1', 'type-2'] as const) {
      const share = hypervisorMemory(makeHostWith({ hypervisor })).total;
      expect(platformMemory(makeHostWith({ placement: 'vm', hypervisor }))).toBe(share);
      // The nested host pays the same share under its one VM.
      const nested = makeHostWith({ placement: 'container-in-vm', hypervisor });
      expect(platformMemory(nested)).toBe(share + vmMemory(nested, { size: 'studio' }).guest.total + 5 * MiB + 100 * MiB);
    }
  });
});

describe('disk', () => {
  it('on a VM host: platform plus, per VM, the whole guest disk and the app layers', () => {
    const host = makeHostWith({ placement: 'vm', workloads: ['web', 'database', 'web'] });
    const costs = computeCosts(host);
    const guest = guestDisk(DEFAULT_FACTS, 'general').total;
    const perVm = [guest + 44 * MB, guest + 300 * MB + 100_000, guest + 44 * MB];
    expect(costs.disk.platform).toBe(platformDisk(host));
    expect(costs.disk.platform).toBe(1 * GB);
    expect(costs.disk.unique).toBe(perVm[0]! + perVm[1]! + perVm[2]!);
    expect(costs.disk.used).toBe(costs.disk.platform + costs.disk.unique);
    expect(costs.disk.shared).toBe(0);
    expect(costs.disk.saved).toBe(0);
    expect(vmDiskBytes(host, { kind: 'web' })).toBe(perVm[0]);
    expect(layerUsage(host)).toEqual([]);
  });

  it('on a container host: a layer two workloads use is stored once, and saved counts the copy not stored', () => {
    const costs = computeCosts(makeHostWith({ placement: 'container', workloads: ['web', 'cache'] }));
    const alpine = 5.6 * MB;
    expect(costs.disk.shared).toBe(alpine);
    expect(costs.disk.saved).toBe(alpine);
    // nginx, the site, Redis, and one writable layer per container.
    expect(costs.disk.unique).toBe(42 * MB + 2 * MB + 35 * MB + 2 * 4 * KB);
    expect(costs.disk.platform).toBe(10 * GB + 250 * MB);
    expect(costs.disk.used).toBe(costs.disk.platform + costs.disk.unique + costs.disk.shared);
    expect(costs.disk.free).toBe(costs.disk.capacity - costs.disk.used);
  });

  it('three copies of one image store its layers once and save two copies', () => {
    const image = 5.6 * MB + 42 * MB + 2 * MB;
    const one = computeCosts(makeHostWith({ placement: 'container', workloads: ['web'] }));
    const three = computeCosts(makeHostWith({ placement: 'container', workloads: ['web', 'web', 'web'] }));
    expect(one.disk.shared).toBe(0);
    expect(one.disk.unique).toBe(image + 4 * KB);
    expect(three.disk.shared).toBe(image);
    expect(three.disk.saved).toBe(2 * image);
    expect(three.disk.unique).toBe(3 * 4 * KB);
    // The third copy costs only a writable layer.
    expect(three.disk.used - one.disk.used).toBe(2 * 4 * KB);
  });

  it('api and worker share both the alpine base and the Node.js runtime', () => {
    const host = makeHostWith({ placement: 'container', workloads: ['api', 'worker'] });
    const costs = computeCosts(host);
    expect(costs.disk.shared).toBe(5.6 * MB + 130 * MB);
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
    expect(nested.disk.platform).toBe(1 * GB + guestDisk(DEFAULT_FACTS, 'general').total + 250 * MB);
    expect(nested.disk.unique).toBe(containers.disk.unique);
    expect(nested.disk.shared).toBe(containers.disk.shared);
  });

  it('follows a base image figure: a bigger debian makes every debian container host bigger, but not the VMs', () => {
    const facts = { debianImageMB: 1000 };
    const containers = [makeHostWith({ placement: 'container', workloads: ['database'] }), makeHostWith({ placement: 'container', workloads: ['database'], facts })];
    expect(computeCosts(containers[1]!).disk.used - computeCosts(containers[0]!).disk.used).toBe(886 * MB);
    const vms = [makeHostWith({ placement: 'vm', workloads: ['database'] }), makeHostWith({ placement: 'vm', workloads: ['database'], facts })];
    expect(computeCosts(vms[1]!).disk.used).toBe(computeCosts(vms[0]!).disk.used);
  });
});

describe('CPU', () => {
  it('commits whole vCPUs to VMs and exact limits to containers', () => {
    const vms = computeCosts(makeHostWith({ placement: 'vm', workloads: 3, size: 'studio' }));
    const containers = computeCosts(makeHostWith({ placement: 'container', workloads: 3, size: 'studio' }));
    expect(vms.cpu).toEqual({ cores: 16, committed: 3 });
    expect(containers.cpu).toEqual({ cores: 16, committed: 0.75 });
  });
});

describe('start-up', () => {
  it('a VM boots its guest, then starts the app; a container starts the app after a container start', () => {
    const vm = makeHostWith({ placement: 'vm', workloads: [{ id: 'a', kind: 'web' }, { id: 'b', kind: 'java' }] });
    const container = makeHostWith({ placement: 'container', workloads: [{ id: 'a', kind: 'web' }, { id: 'b', kind: 'java' }] });
    expect(computeCosts(vm).startup).toEqual({ perWorkload: { a: 60 + 0.1, b: 60 + 6 }, allReady: 66, platformBoot: 0 });
    expect(computeCosts(container).startup).toEqual({ perWorkload: { a: 0.5 + 0.1, b: 0.5 + 6 }, allReady: 6.5, platformBoot: 0 });
    expect(workloadStartSeconds(makeHostWith({ placement: 'vm', guestOs: 'minimal' }), { kind: 'web' })).toBeCloseTo(30.1, 10);
  });

  it('follows the container start figure', () => {
    const host = makeHostWith({ placement: 'container', workloads: [{ id: 'a', kind: 'cache' }], facts: { containerStartSeconds: 2 } });
    expect(computeCosts(host).startup.perWorkload).toEqual({ a: 2.1 });
  });

  it('the nested host must boot its one VM first: platformBoot is the guest boot', () => {
    for (const guestOs of ['minimal', 'general'] as const) {
      const nested = computeCosts(makeHostWith({ placement: 'container-in-vm', guestOs, workloads: [{ id: 'a', kind: 'web' }] }));
      expect(nested.startup.platformBoot).toBe(guestOs === 'minimal' ? 30 : 60);
      expect(nested.startup.perWorkload).toEqual({ a: 0.6 });
    }
  });

  it('an empty host is ready at once', () => {
    for (const placement of placements) {
      expect(computeCosts(makeHostWith({ placement })).startup.allReady).toBe(0);
    }
  });
});

describe('computeCosts', () => {
  it('derives everything from the host and never changes it', () => {
    const host: Host = makeHostWith({ placement: 'container', workloads: ['web', 'api'] });
    const before = structuredClone(host);
    const first = computeCosts(host);
    expect(computeCosts(host)).toEqual(first);
    expect(host).toEqual(before);
  });
});

describe('the cloud host', () => {
  // The scale of a cloud provider's machine: the benchmark puts a thousand workloads on each side of it.
  it('holds a thousand minimal VMs of web servers, and many more apartments than houses', () => {
    const vms = makeHostWith({ placement: 'vm', hardware: 'cloud', guestOs: 'minimal', workloads: 1000 });
    const containers = makeHostWith({ placement: 'container', hardware: 'cloud', workloads: 1000 });
    expect(vms.workloads).toHaveLength(1000);
    expect(fitCount(containers, 'web', 'studio')).toBeGreaterThan(4 * fitCount(vms, 'web', 'studio'));
    expect(computeCosts(vms).memory.used).toBeLessThanOrEqual(HARDWARE_PRESETS.cloud.memoryBytes);
  });
});
