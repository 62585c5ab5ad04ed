import { describe, expect, it } from 'vitest';
import { computeCosts, DEFAULT_FACTS, layerUsage, MiB, scenarioFromSpec, vmMemory } from '../../../src/model/index.ts';
import { STEPS } from '../../../src/store/steps.ts';

function built(index: number) {
  const spec = STEPS[index]!.spec;
  if (!spec) throw new Error(`step ${index + 1} keeps the reader's scenario`);
  return scenarioFromSpec(spec);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the guided story', () => {
  it('has 8 to 12 steps of 80 words or fewer, each with a title', () => {
    expect(STEPS.length).toBeGreaterThanOrEqual(8);
    expect(STEPS.length).toBeLessThanOrEqual(12);
    for (const step of STEPS) {
      expect(step.title.length).toBeGreaterThan(0);
      expect(words(step.body), step.title).toBeLessThanOrEqual(80);
    }
  });

  it('step 1 says what its scenario shows: five houses fit the 8 GiB board, the sixth does not, the building takes all seven', () => {
    const { scenario, refusals } = built(0);
    expect(STEPS[0]!.body).toContain('8 GiB');
    expect(STEPS[0]!.body).toContain('five houses');
    expect(scenario.hosts.vms.hardware.memoryBytes).toBe(8 * 1024 ** 3);
    expect(scenario.hosts.vms.workloads).toHaveLength(5);
    expect(scenario.hosts.containers.workloads).toHaveLength(7);
    expect(refusals.vms?.reason).toBe('memory');
    expect(computeCosts(scenario.hosts.containers).memory.free).toBeGreaterThan(2 * 1024 ** 3);
  });

  it('step 3 says the Alpine guest keeps under 40 MiB and the 256 MiB app gets a 512 MiB house, over 200 MiB unused', () => {
    const { scenario } = built(2);
    const house = vmMemory(scenario.hosts.vms, scenario.hosts.vms.workloads[0]!);
    expect(STEPS[2]!.body).toMatch(/under 40 MiB.*256 MiB app gets a 512 MiB house, over 200 MiB/s);
    expect(house.guest.total).toBeLessThan(40 * MiB);
    expect(house.tenant).toBe(256 * MiB);
    expect(house.size).toBe(512 * MiB);
    expect(house.reserve).toBeGreaterThan(200 * MiB);
  });

  it('step 6 says four apartments share alpine, 8.4 MB, and three share the Node.js runtime', () => {
    expect(STEPS[5]!.body).toContain(`alpine, ${DEFAULT_FACTS.alpineImageMB.toFixed(1)} MB`);
    const uses = layerUsage(built(5).scenario.hosts.containers);
    expect(uses.find((use) => use.layer.name === 'alpine')?.users).toHaveLength(4);
    expect(uses.find((use) => use.layer.name === 'node.js')?.users).toHaveLength(3);
  });

  it('step 7 races houses that boot for 7 to 9 seconds against apartments started in half a second', () => {
    const { scenario } = built(6);
    expect(STEPS[6]!.body).toContain('7 to 9 seconds');
    expect(STEPS[6]!.body).toContain('half a second');
    expect(DEFAULT_FACTS.vmBootSeconds).toBeGreaterThanOrEqual(7);
    expect(DEFAULT_FACTS.vmBootSeconds).toBeLessThanOrEqual(9);
    expect(DEFAULT_FACTS.containerStartSeconds).toBe(0.5);
    const vms = computeCosts(scenario.hosts.vms).startup.allReady;
    const containers = computeCosts(scenario.hosts.containers).startup.allReady;
    expect(vms - containers).toBeCloseTo(DEFAULT_FACTS.vmBootSeconds - DEFAULT_FACTS.containerStartSeconds, 9);
  });

  it('never claims a full core, and says on the Docker Desktop step that the building stands inside a house', () => {
    for (const step of STEPS) expect(`${step.title} ${step.body}`, step.title).not.toMatch(/full core/i);
    expect(STEPS[8]!.body).toMatch(/Docker Desktop runs its containers in a Linux VM/);
    expect(STEPS[7]!.body).toMatch(/Lambda/);
  });

  it('step 9 shows Docker inside a VM', () => {
    expect(STEPS[8]!.view).toBe('nested');
    expect(built(8).scenario.hosts.nested.workloads.length).toBeGreaterThan(0);
  });
});

describe('every step’s scenario', () => {
  it('places every workload it asks for on the building, and on the street except where step 1 shows it full', () => {
    STEPS.forEach((step, index) => {
      if (!step.spec) return;
      const { scenario, refusals } = scenarioFromSpec(step.spec);
      const asked = step.spec.workloads?.length ?? 0;
      expect(scenario.hosts.containers.workloads, step.title).toHaveLength(asked);
      if (index !== 0) expect(refusals, step.title).toEqual({});
    });
  });
});
