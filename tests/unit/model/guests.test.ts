import { describe, expect, it } from 'vitest';
import {
  computeCosts,
  DEFAULT_FACTS,
  GB,
  GiB,
  guestBootSeconds,
  guestDisk,
  guestMemory,
  GUEST_OS_IDS,
  GUEST_OSES,
  isGuestOsId,
  MiB,
  workloadCpu,
  workloadMemory,
} from '../../../src/model/index.ts';
import { makeHostWith } from '../fixtures.ts';

describe('guest operating systems', () => {
  it('offers a minimal guest and a general-purpose guest, and no other', () => {
    expect([...GUEST_OS_IDS].sort()).toEqual(['general', 'minimal']);
    expect(GUEST_OSES.minimal.name).toBe('Minimal guest');
    expect(GUEST_OSES.general.name).toBe('General-purpose guest');
    for (const id of ['windows', '', '__proto__', 'toString']) expect(isGuestOsId(id), id).toBe(false);
  });

  it('minimal guest: kernel, services and userland add up to the sourced 512 MiB and 1 GB', () => {
    const memory = guestMemory(DEFAULT_FACTS, 'minimal');
    expect(memory.kernel + memory.services + memory.userland).toBe(memory.total);
    expect(memory.total).toBe(512 * MiB);
    const disk = guestDisk(DEFAULT_FACTS, 'minimal');
    expect(disk.kernel + disk.services + disk.userland).toBe(disk.total);
    expect(disk.total).toBe(1 * GB);
  });

  it('general-purpose guest: the parts add up to the sourced 2 GiB and 20 GB', () => {
    const memory = guestMemory(DEFAULT_FACTS, 'general');
    expect(memory.kernel + memory.services + memory.userland).toBe(memory.total);
    expect(memory.total).toBe(2 * GiB);
    const disk = guestDisk(DEFAULT_FACTS, 'general');
    expect(disk.kernel + disk.services + disk.userland).toBe(disk.total);
    expect(disk.total).toBe(20 * GB);
  });

  it('follows the figures: a bigger guest kernel makes a bigger guest', () => {
    const facts = { ...DEFAULT_FACTS, minimalKernelMiB: 200 };
    expect(guestMemory(facts, 'minimal').kernel).toBe(200 * MiB);
    expect(guestMemory(facts, 'minimal').total).toBe(584 * MiB);
    expect(guestMemory(facts, 'general')).toEqual(guestMemory(DEFAULT_FACTS, 'general'));
  });

  it('boots in tens of seconds', () => {
    expect(guestBootSeconds(DEFAULT_FACTS, 'minimal')).toBe(30);
    expect(guestBootSeconds(DEFAULT_FACTS, 'general')).toBe(60);
  });
});

describe('there is no studio house', () => {
  const vmHost = makeHostWith({ placement: 'vm', guestOs: 'minimal' });
  const containerHost = makeHostWith({ placement: 'container' });

  it('the smallest VM (studio, minimal guest) costs more memory than a studio container, by at least a whole guest OS', () => {
    const vm = workloadMemory(vmHost, { size: 'studio' });
    const container = workloadMemory(containerHost, { size: 'studio' });
    expect(vm.apps).toBe(container.apps);
    const difference = vm.apps + vm.overhead - (container.apps + container.overhead);
    expect(difference).toBeGreaterThanOrEqual(guestMemory(DEFAULT_FACTS, 'minimal').total);
  });

  it('shows the same floor in the host totals after one studio web server', () => {
    const vms = computeCosts(makeHostWith({ placement: 'vm', guestOs: 'minimal', workloads: ['web'], size: 'studio' }));
    const containers = computeCosts(makeHostWith({ placement: 'container', workloads: ['web'], size: 'studio' }));
    expect(vms.memory.perWorkload).toBeGreaterThan(containers.memory.perWorkload + 512 * MiB);
    expect(vms.memory.apps).toBe(containers.memory.apps);
  });

  it('gives a VM whole vCPUs: a studio VM gets 1, a studio container 0.25', () => {
    expect(workloadCpu(vmHost, { size: 'studio' })).toBe(1);
    expect(workloadCpu(containerHost, { size: 'studio' })).toBe(0.25);
    expect(workloadCpu(vmHost, { size: 'one-bedroom' })).toBe(1);
    expect(workloadCpu(vmHost, { size: 'penthouse' })).toBe(2);
    expect(workloadCpu(containerHost, { size: 'one-bedroom' })).toBe(0.5);
  });
});
