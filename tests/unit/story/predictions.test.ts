import { describe, expect, it } from 'vitest';
import { computeCosts, scenarioFromSpec, type ScenarioSpec } from '../../../src/model/index.ts';
import { STEPS } from '../../../src/store/steps.ts';
import { answerWords, attackerReach, DISK_LIMITS, questionFor, RACE_LIMITS, tenantsDisk, type PredictionKind } from '../../../src/ui/story/predictions.ts';

/** The step that asks `kind`, and the places its scenario shows, with `change` made to its description first. */
function asked(kind: PredictionKind, change: (spec: ScenarioSpec) => ScenarioSpec = (spec) => spec) {
  const index = STEPS.findIndex((step) => step.prediction === kind);
  const { hosts } = scenarioFromSpec(change(STEPS[index]!.spec!)).scenario;
  const places = { vms: hosts.vms, containers: hosts.containers };
  return { index, places, question: questionFor(kind, places)! };
}

/** Which band a figure falls in, worked out here from the limits alone: below the first, the second, or neither. */
const bandOf = (value: number, [low, high]: readonly [number, number]) => (value < low ? 0 : value < high ? 1 : 2);

describe('the story’s questions (Your guess)', () => {
  it('are asked in three steps, never the first, each with three choices', () => {
    const asking = STEPS.flatMap((step, index) => (step.prediction ? [index + 1] : []));
    expect(asking).toEqual([6, 7, 8]);
    for (const kind of ['layers', 'race', 'guests'] as const) expect(asked(kind).question.choices).toHaveLength(3);
  });

  it('layers: the right choice is the band the model’s disk figures fall in (the houses store over ten times as much)', () => {
    const { places, question } = asked('layers');
    const houses = tenantsDisk(computeCosts(places.vms));
    const apartments = tenantsDisk(computeCosts(places.containers));
    expect(question.right).toBe(bandOf(houses / apartments, DISK_LIMITS));
    // Today's facts: a whole OS per house against a few shared layers.
    expect(houses / apartments).toBeGreaterThan(10);
    expect(question.choices[question.right]).toBe('Under a tenth');
  });

  it('layers: a changed figure moves the right choice with it (guest OSes of a few MB each)', () => {
    const { places, question } = asked('layers', (spec) => ({ ...spec, facts: { generalGuestDiskGB: 0.05 } }));
    const ratio = tenantsDisk(computeCosts(places.vms)) / tenantsDisk(computeCosts(places.containers));
    // The houses still store their apps' files: now a half to a tenth, no longer under a tenth.
    expect(ratio).toBeGreaterThan(DISK_LIMITS[0]);
    expect(ratio).toBeLessThan(DISK_LIMITS[1]);
    expect(question.right).toBe(1);
    expect(question.right).toBe(bandOf(ratio, DISK_LIMITS));
  });

  it('race: the right choice is the band the houses’ lag falls in, from the model’s start-up times', () => {
    const { places, question } = asked('race');
    const lag = computeCosts(places.vms).startup.allReady - computeCosts(places.containers).startup.allReady;
    expect(question.right).toBe(bandOf(lag, RACE_LIMITS));
    expect(question.right).toBe(2);
    expect(question.why).toContain(`${computeCosts(places.vms).startup.allReady} s`);
  });

  it('race: with houses that boot in no time the houses are level, and the answer says so', () => {
    const { places, question } = asked('race', (spec) => ({ ...spec, facts: { vmBootSeconds: 0 } }));
    const lag = computeCosts(places.vms).startup.allReady - computeCosts(places.containers).startup.allReady;
    expect(lag).toBeLessThan(RACE_LIMITS[0]);
    expect(question.right).toBe(0);
  });

  it('guests: the right choice is the reach of a shared kernel, every apartment and one house', () => {
    const { places, question } = asked('guests');
    const reach = attackerReach(places);
    expect(reach).toEqual({ apartments: places.containers.workloads.length, houses: 1 });
    expect(question.right).toBe(1);
    expect(question.choices[1]).toBe(`all ${reach.apartments} apartments`);
    expect(question.legend).toContain(places.containers.workloads[0]!.label);
  });

  it('guests: nothing to ask with no tenant to take over', () => {
    const { places } = asked('guests', (spec) => ({ ...spec, workloads: [] }));
    expect(questionFor('guests', places)).toBeNull();
  });

  it('answer right, wrong, or without a guess', () => {
    const { question } = asked('race');
    const wrong = (question.right + 1) % 3;
    expect(answerWords(question, question.right)).toMatch(/^Right\. /);
    expect(answerWords(question, wrong).startsWith(`Not quite: the answer is “${question.choices[question.right]}”. `)).toBe(true);
    expect(answerWords(question, null)).toMatch(/^Here is what happens: /);
    for (const guess of [null, 0, 1, 2]) expect(answerWords(question, guess)).toContain(question.why);
  });
});
