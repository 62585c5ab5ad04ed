import { describe, expect, it } from 'vitest';
import {
  computeCosts,
  DEFAULT_FACTS,
  GB,
  GiB,
  guestBootSeconds,
  guestDisk,
  guestFootprint,
  guestMinimum,
  GUEST_KERNEL_SHARE,
  GUEST_OS_IDS,
  GUEST_OSES,
  isFactId,
  isGuestOsId,
  MiB,
  workloadCpu,
  workloadMemory,
} from '../../../src/model/index.ts';
import { makeHostWith } from '../fixtures.ts';

describe('guest operating systems', () => {
  it('offers a minimal guest (Alpine) and a general-purpose guest (Ubuntu Server), and no other', () => {
    expect([...GUEST_OS_IDS].sort()).toEqual(['general', 'minimal']);
    expect(GUEST_OSES.minimal.name).toBe('Minimal guest');
    expect(GUEST_OSES.minimal.example).toBe('Alpine');
    expect(GUEST_OSES.general.name).toBe('General-purpose guest');
    expect(GUEST_OSES.general.example).toBe('Ubuntu Server');
    for (const id of ['windows', '', '__proto__', 'toString']) expect(isGuestOsId(id), id).toBe(false);
  });

  it('takes every guest figure from the facts table', () => {
    for (const id of GUEST_OS_IDS) {
      for (const factId of Object.values(GUEST_OSES[id].facts)) expect(isFactId(factId), `${id}: ${factId}`).toBe(true);
    }
  });

  it('minimal guest: 38 MiB resident, drawn as kernel and services in equal shares', () => {
    const footprint = guestFootprint(DEFAULT_FACTS, 'minimal');
    expect(footprint).toEqual({ kernel: 19 * MiB, services: 19 * MiB, total: 38 * MiB });
  });

  it('general-purpose guest: 65 MiB resident, drawn as kernel and services that add up exactly', () => {
    const footprint = guestFootprint(DEFAULT_FACTS, 'general');
    expect(footprint.total).toBe(65 * MiB);
    expect(footprint.kernel).toBe(32.5 * MiB);
    expect(footprint.kernel + footprint.services).toBe(footprint.total);
  });

  it('splits an odd number of bytes without losing one: the kernel takes its share rounded, the services the rest', () => {
    expect(GUEST_KERNEL_SHARE).toBe(0.5);
    // 1 MiB and one byte.
    const facts = { ...DEFAULT_FACTS, minimalGuestMemoryMiB: (MiB + 1) / MiB };
    const footprint = guestFootprint(facts, 'minimal');
    expect(footprint.total).toBe(MiB + 1);
    expect(footprint.kernel).toBe(Math.round((MiB + 1) * GUEST_KERNEL_SHARE));
    expect(footprint.kernel + footprint.services).toBe(MiB + 1);
    expect(Math.abs(footprint.kernel - footprint.services)).toBe(1);
  });

  it('follows the figures: more resident memory makes a bigger footprint for that guest only', () => {
    const facts = { ...DEFAULT_FACTS, minimalGuestMemoryMiB: 200 };
    expect(guestFootprint(facts, 'minimal')).toEqual({ kernel: 100 * MiB, services: 100 * MiB, total: 200 * MiB });
    expect(guestFootprint(facts, 'general')).toEqual(guestFootprint(DEFAULT_FACTS, 'general'));
  });

  it('knows the smallest whole VM each guest’s documentation allows: 128 MiB for Alpine, 1 GiB for Ubuntu', () => {
    expect(guestMinimum(DEFAULT_FACTS, 'minimal')).toBe(128 * MiB);
    expect(guestMinimum(DEFAULT_FACTS, 'general')).toBe(1 * GiB);
    expect(guestMinimum({ ...DEFAULT_FACTS, generalGuestMinimumMiB: 2048 }, 'general')).toBe(2 * GiB);
    expect(guestMinimum({ ...DEFAULT_FACTS, generalGuestMinimumMiB: 2048 }, 'minimal')).toBe(128 * MiB);
  });

  it('stores what its installed system uses, on a virtual disk given a larger size', () => {
    expect(guestDisk(DEFAULT_FACTS, 'minimal')).toEqual({ used: Math.round(164.4 * MiB), allocated: 1 * GiB });
    expect(guestDisk(DEFAULT_FACTS, 'general')).toEqual({ used: 2.5 * GB, allocated: 25 * GB });
    for (const id of GUEST_OS_IDS) {
      const disk = guestDisk(DEFAULT_FACTS, id);
      expect(disk.used, id).toBeLessThan(disk.allocated);
    }
    expect(guestDisk({ ...DEFAULT_FACTS, generalGuestDiskAllocatedGB: 40 }, 'general').allocated).toBe(40 * GB);
  });

  it('boots in seconds, one sourced figure for both guests', () => {
    expect(guestBootSeconds(DEFAULT_FACTS)).toBe(8);
    expect(guestBootSeconds({ ...DEFAULT_FACTS, vmBootSeconds: 45 })).toBe(45);
    for (const guestOs of GUEST_OS_IDS) {
      const host = makeHostWith({ placement: 'vm', guestOs, workloads: [{ id: 'a', kind: 'cache' }] });
      expect(computeCosts(host).startup.perWorkload.a, guestOs).toBeCloseTo(8 + 0.1, 10);
    }
  });
});

describe('there is no studio house', () => {
  const vmHost = makeHostWith({ placement: 'vm', guestOs: 'minimal' });
  const microvmHost = makeHostWith({ placement: 'microvm' });
  const containerHost = makeHostWith({ placement: 'container' });

  it('the smallest VM (studio, minimal guest) is a 512 MiB VM: twice a studio apartment’s rooms, plus its monitor', () => {
    const vm = workloadMemory(vmHost, { size: 'studio' });
    const container = workloadMemory(containerHost, { size: 'studio' });
    expect(vm.apps).toBe(container.apps);
    expect(vm.apps + vm.overhead).toBe(512 * MiB + 5 * MiB);
    expect(container.apps + container.overhead).toBe(256 * MiB + 5 * MiB);
    const difference = vm.apps + vm.overhead - (container.apps + container.overhead);
    expect(difference).toBeGreaterThanOrEqual(guestFootprint(DEFAULT_FACTS, 'minimal').total);
  });

  it('even a microVM carries its own guest: a studio microVM costs its rooms, a minimal guest and its monitor', () => {
    const microvm = workloadMemory(microvmHost, { size: 'studio' });
    expect(microvm.apps).toBe(256 * MiB);
    expect(microvm.guestOs).toBe(38 * MiB);
    expect(microvm.apps + microvm.overhead).toBe(256 * MiB + 38 * MiB + 5 * MiB);
    expect(microvm.apps + microvm.overhead).toBeGreaterThan(workloadMemory(containerHost, { size: 'studio' }).apps + workloadMemory(containerHost, { size: 'studio' }).overhead);
  });

  it('shows the same floor in the host totals after one studio web server', () => {
    const vms = computeCosts(makeHostWith({ placement: 'vm', guestOs: 'minimal', workloads: ['web'], size: 'studio' }));
    const containers = computeCosts(makeHostWith({ placement: 'container', workloads: ['web'], size: 'studio' }));
    expect(vms.memory.apps).toBe(containers.memory.apps);
    expect(vms.memory.perWorkload).toBe(256 * MiB + 5 * MiB);
    expect(containers.memory.perWorkload).toBe(5 * MiB);
    expect(vms.memory.guestOs).toBe(38 * MiB);
    expect(containers.memory.guestOs).toBe(0);
  });

  it('gives a VM and a microVM whole vCPUs: a studio gets 1, a studio container 0.25', () => {
    for (const host of [vmHost, microvmHost]) {
      expect(workloadCpu(host, { size: 'studio' }), host.placement).toBe(1);
      expect(workloadCpu(host, { size: 'one-bedroom' }), host.placement).toBe(1);
      expect(workloadCpu(host, { size: 'penthouse' }), host.placement).toBe(2);
    }
    expect(workloadCpu(containerHost, { size: 'studio' })).toBe(0.25);
    expect(workloadCpu(containerHost, { size: 'one-bedroom' })).toBe(0.5);
    expect(workloadCpu(makeHostWith({ placement: 'container-in-vm' }), { size: 'studio' })).toBe(0.25);
  });
});
