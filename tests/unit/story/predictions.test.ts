import { describe, expect, it } from 'vitest';
import { computeCosts, formatDisk, scenarioFromSpec, type ScenarioSpec } from '../../../src/model/index.ts';
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

  it('layers: the right choice is the band the ledger’s disk figures fall in, and the answer says what the tenants add', () => {
    const { places, question } = asked('layers');
    const street = computeCosts(places.vms);
    const building = computeCosts(places.containers);
    expect(question.right).toBe(bandOf(street.disk.used / building.disk.used, DISK_LIMITS));
    // Today's facts: the building stores a few times less in all, the machine's own system most of it; its tenants
    // add over ten times less than the houses' own.
    expect(question.choices[question.right]).toBe('Half to a tenth');
    expect(tenantsDisk(street) / tenantsDisk(building)).toBeGreaterThan(10);
    expect(question.why).toContain(formatDisk(tenantsDisk(building)));
  });

  it('layers: a changed figure moves the right choice with it (guest OSes of a few MB each)', () => {
    const { places, question } = asked('layers', (spec) => ({ ...spec, facts: { generalGuestDiskGB: 0.05 } }));
    const ratio = computeCosts(places.vms).disk.used / computeCosts(places.containers).disk.used;
    // With guests of a few MB the street stores about what the building does: over half, no longer half to a tenth.
    expect(ratio).toBeLessThan(DISK_LIMITS[0]);
    expect(question.right).toBe(0);
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
    // The answer names the apartment taken over (the picture rings it); the question asks of any one.
    expect(question.why).toContain(places.containers.workloads[0]!.label);
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
