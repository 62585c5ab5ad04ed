import { describe, expect, it } from 'vitest';
import { computeCosts, layerUsage, scenarioFromSpec } from '../../../src/model/index.ts';
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

  it('step 1 says what its scenario shows: six houses fit the laptop, the seventh does not, the building takes all seven', () => {
    const { scenario, refusals } = built(0);
    expect(scenario.hosts.vms.hardware.memoryBytes).toBe(16 * 1024 ** 3);
    expect(scenario.hosts.vms.workloads).toHaveLength(6);
    expect(scenario.hosts.containers.workloads).toHaveLength(7);
    expect(refusals.vms?.reason).toBe('memory');
    expect(computeCosts(scenario.hosts.containers).memory.free).toBeGreaterThan(8 * 1024 ** 3);
  });

  it('step 3 says the app’s room is a third of the smallest house', () => {
    const { scenario } = built(2);
    const house = computeCosts({ ...scenario.hosts.vms, workloads: scenario.hosts.vms.workloads.slice(0, 1) });
    const share = house.memory.apps / (house.memory.used - house.memory.platform);
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.34);
  });

  it('step 6 says four apartments share alpine and three share the Node.js runtime', () => {
    const uses = layerUsage(built(5).scenario.hosts.containers);
    expect(uses.find((use) => use.layer.name === 'alpine')?.users).toHaveLength(4);
    expect(uses.find((use) => use.layer.name === 'node.js')?.users).toHaveLength(3);
  });

  it('step 7 races houses that need tens of seconds against apartments ready in a few', () => {
    const { scenario } = built(6);
    expect(computeCosts(scenario.hosts.vms).startup.allReady).toBeGreaterThanOrEqual(30);
    expect(computeCosts(scenario.hosts.containers).startup.allReady).toBeLessThan(5);
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
