import { describe, expect, it } from 'vitest';
import { sizesInUse } from '../../../src/layout/index.ts';
import { scenarioFromSpec } from '../../../src/model/index.ts';
import { STEPS } from '../../../src/store/steps.ts';
import { layOutStage, type StageRequest } from '../../../src/ui/stage.ts';

const both = { vms: true, containers: true, nested: false, microvms: false };

function request(step: number, budget: number | null, width = 564): StageRequest {
  const { scenario, refusals } = scenarioFromSpec(STEPS[step]!.spec!);
  return { scenario, width, sizes: sizesInUse(scenario), shown: both, refusals, serial: 1, budget };
}

describe('the stage', () => {
  it('draws the picture no taller than the first screen leaves room for, in fewer rows of the same land', () => {
    const free = layOutStage(request(0, null));
    for (const budget of [400, 320, 280]) {
      const fitted = layOutStage(request(0, budget));
      expect(fitted.tallest, `budget ${budget}`).toBeLessThanOrEqual(budget);
      expect(fitted.scale.rows).toBeLessThanOrEqual(free.scale.rows);
      // Fewer rows of the same width: the same memory on less area, never more.
      expect(fitted.scale.areaPerByte).toBeLessThanOrEqual(free.scale.areaPerByte);
    }
    expect(layOutStage(request(0, 10_000))).toEqual(free);
  });

  it('starts from the rows an earlier layout settled on, and gives the same picture as a search from the top', () => {
    for (const budget of [400, 320]) {
      const fresh = layOutStage(request(0, budget));
      const resumed = layOutStage({ ...request(0, budget), startRows: fresh.scale.rows });
      expect(resumed.scale).toEqual(fresh.scale);
      // Started too high, it still comes down until the picture fits.
      expect(layOutStage({ ...request(0, budget), startRows: 8 }).tallest).toBeLessThanOrEqual(budget);
    }
  });

  it('stops at one row when even that is taller than the budget, and lays out only the scenes shown', () => {
    const tiny = layOutStage(request(0, 50));
    expect(tiny.scale.rows).toBe(1);
    expect(tiny.tallest).toBeGreaterThan(50);
    expect(tiny.nested).toBeNull();
    expect(tiny.microvms).toBeNull();
    const nestedOnly = layOutStage({ ...request(8, null), shown: { vms: false, containers: false, nested: true, microvms: false } });
    expect(nestedOnly.street).toBeNull();
    expect(nestedOnly.nested?.building.units.length).toBeGreaterThan(0);
  });

  it('keeps room for a refusal sign, so a sign coming or going never rescales the picture', () => {
    for (const budget of [null, 400, 320]) {
      const withSign = layOutStage(request(0, budget));
      const without = layOutStage({ ...request(0, budget), refusals: {} });
      expect(withSign.signs.vms).not.toBeNull();
      expect(without.signs.vms).toBeNull();
      expect(without.scale).toEqual(withSign.scale);
      expect(withSign.tallest).toBeGreaterThan(withSign.street!.height);
    }
  });
});
