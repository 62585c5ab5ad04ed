/**
 * Factories and fast-check arbitraries for the model and store tests.
 * Factories build hosts and scenarios through the model's own actions, so every fixture is a state a reader
 * could reach; a factory throws when the model refuses, so a test never runs on a state it did not ask for.
 */
import fc from 'fast-check';
import { SOURCED_FACTS, type SourcedFact } from '../../src/model/sources.ts';
import {
  addWorkload,
  applyToScenario,
  DEFAULT_FACTS,
  defaultLabel,
  FACTS,
  HARDWARE_PRESETS,
  isWorkloadKindId,
  makeHost,
  makeScenario,
  NO_OPTIMISATIONS,
  smallestSizeFor,
  SIZE_IDS,
  VM_OPTIMISATIONS,
  WORKLOAD_KIND_IDS,
  type FactDefinition,
  type Facts,
  type GuestOsId,
  type HardwarePresetId,
  type Host,
  type HypervisorType,
  type Placement,
  type Scenario,
  type ScenarioAction,
  type SizeId,
  type VmOptimisations,
  type Workload,
  type WorkloadKindId,
} from '../../src/model/index.ts';

let fixtureSerial = 0;

/**
 * A workload of a kind (web by default) at the smallest size it fits, with a fresh id and the default label.
 * A kind outside the catalog (for refusal tests) gets the studio size and its own name as label.
 */
export function makeWorkload(overrides: Partial<Workload> = {}): Workload {
  fixtureSerial += 1;
  const kind = overrides.kind ?? 'web';
  const known = isWorkloadKindId(kind);
  return {
    id: overrides.id ?? `fx${fixtureSerial}`,
    kind,
    size: overrides.size ?? (known ? smallestSizeFor(kind) : 'studio'),
    label: overrides.label ?? (known ? defaultLabel(kind, fixtureSerial) : String(kind)),
  };
}

/** What to put on a host or a scenario: kinds (each at its smallest size), whole workloads, or a count of web servers. */
export type WorkloadSpec = number | readonly (WorkloadKindId | Partial<Workload>)[];

function workloadsOf(spec: WorkloadSpec | undefined, size?: SizeId): Workload[] {
  if (spec === undefined) return [];
  const items = typeof spec === 'number' ? Array.from({ length: spec }, () => 'web' as const) : spec;
  return items.map((item) => {
    const fields = typeof item === 'string' ? { kind: item } : item;
    const kind = fields.kind ?? 'web';
    return makeWorkload({ size: size ?? (isWorkloadKindId(kind) ? smallestSizeFor(kind) : 'studio'), ...fields });
  });
}

export interface HostSpec {
  readonly placement?: Placement;
  readonly workloads?: WorkloadSpec;
  /** Size for workloads given by kind or count; each kind's smallest size when omitted. */
  readonly size?: SizeId;
  readonly hardware?: HardwarePresetId;
  readonly guestOs?: GuestOsId;
  readonly hypervisor?: HypervisorType;
  /** The VM optimisations to turn on; all off when omitted. */
  readonly optimisations?: Partial<VmOptimisations>;
  readonly facts?: Partial<Facts>;
}

/** A host built by adding each workload in turn through `addWorkload`; throws if any add is refused. */
export function makeHostWith(spec: HostSpec = {}): Host {
  let host = makeHost({
    placement: spec.placement ?? 'vm',
    hardware: HARDWARE_PRESETS[spec.hardware ?? 'server'],
    guestOs: spec.guestOs ?? 'general',
    hypervisor: spec.hypervisor ?? 'type-1',
    optimisations: { ...NO_OPTIMISATIONS, ...spec.optimisations },
    facts: { ...DEFAULT_FACTS, ...spec.facts },
  });
  for (const workload of workloadsOf(spec.workloads, spec.size)) {
    const result = addWorkload(host, workload);
    if (!result.ok) throw new Error(`fixture: adding ${workload.kind} was refused: ${result.message}`);
    host = result.host;
  }
  return host;
}

export type ScenarioSpec = Omit<HostSpec, 'placement'>;

/** A scenario built through `applyToScenario`; throws unless every side takes every workload. */
export function makeScenarioWith(spec: ScenarioSpec = {}): Scenario {
  let scenario = makeScenario({
    hardware: HARDWARE_PRESETS[spec.hardware ?? 'server'],
    guestOs: spec.guestOs ?? 'general',
    hypervisor: spec.hypervisor ?? 'type-1',
    optimisations: { ...NO_OPTIMISATIONS, ...spec.optimisations },
    facts: { ...DEFAULT_FACTS, ...spec.facts },
  });
  for (const workload of workloadsOf(spec.workloads, spec.size)) {
    const outcome = applyToScenario(scenario, { type: 'add', workload });
    const refused = Object.values(outcome.refusals).map((refusal) => refusal.message);
    if (!outcome.changed || refused.length > 0) throw new Error(`fixture: adding ${workload.kind} was refused: ${refused.join(' ')}`);
    scenario = outcome.scenario;
  }
  return scenario;
}

/** Adds workloads one by one until the host refuses; returns how many it took and the refusal. */
export function fillUntilRefused(host: Host, kind: WorkloadKindId, size: SizeId, limit = 10_000) {
  let current = host;
  for (let count = 0; count < limit; count += 1) {
    const result = addWorkload(current, { id: `fill${count}`, kind, size, label: 'filler' });
    if (!result.ok) return { count, host: current, refusal: result };
    current = result.host;
  }
  throw new Error(`fixture: ${kind} at ${size} never refused after ${limit} adds`);
}

/** A fact's definition by id; throws when the id names none, so a typo fails loudly. */
export function fact(id: string): SourcedFact {
  const found = SOURCED_FACTS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`fixture: no fact ${id}`);
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries. Biased towards full hosts: many adds, often at penthouse, often on the small board, so that
// refusals for memory (and, through large disk figures, for disk) really occur.
// ---------------------------------------------------------------------------------------------------------------

/** A small pool of ids, so that duplicates, removals of existing ids and removals of missing ids all happen. */
export const idArb: fc.Arbitrary<string> = fc.integer({ min: 0, max: 19 }).map((n) => `w${n}`);

export const kindArb: fc.Arbitrary<WorkloadKindId> = fc.constantFrom(...WORKLOAD_KIND_IDS);
export const sizeArb: fc.Arbitrary<SizeId> = fc.constantFrom(...SIZE_IDS);
// The cloud host is left out on purpose: filling it takes thousands of adds, and a property fills hosts to the brim
// a thousand times over. A unit test puts a thousand workloads on it.
export const presetArb: fc.Arbitrary<HardwarePresetId> = fc.constantFrom('server', 'laptop', 'small-board');

/** The VM optimisations, each on or off (a plain object, as the model builds them, not a null-prototype record). */
export const optimisationsArb: fc.Arbitrary<VmOptimisations> = fc
  .tuple(fc.boolean(), fc.boolean())
  .map(([mergePages, linkedClones]) => ({ mergePages, linkedClones }));

/** Kinds the model must refuse: unknown, empty, inherited from Object.prototype. */
const badKindArb = fc.constantFrom('spaceship', '', '__proto__', 'constructor', 'toString', 'WEB');
const badSizeArb = fc.constantFrom('mansion', '', '__proto__', 'Studio');

/** Labels: mostly plain, sometimes markup, control characters, blank or too long. */
export const labelArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('web', 'my api', 'db 1') },
  { weight: 1, arbitrary: fc.constantFrom('<img src=x onerror=alert(1)>', '<b>bold</b> & "quotes"') },
  { weight: 1, arbitrary: fc.constantFrom('tab\tnew\nline', '\u0000\u0007bell', ' padded  out ') },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '\u0000\u001f', 'x'.repeat(41), 'y'.repeat(40)) },
);

const addArb: fc.Arbitrary<ScenarioAction> = fc
  .record({
    id: idArb,
    kind: fc.oneof({ weight: 19, arbitrary: kindArb }, { weight: 1, arbitrary: badKindArb }),
    size: fc.oneof(
      { weight: 6, arbitrary: fc.constant('penthouse' as const) },
      { weight: 10, arbitrary: sizeArb },
      { weight: 1, arbitrary: badSizeArb },
    ),
    label: labelArb,
  })
  .map(({ id, kind, size, label }) => ({
    type: 'add',
    workload: { id, kind: kind as WorkloadKindId, size: size as SizeId, label },
  }));

/** A value for a fact: within its range, just outside it, or not a usable number. */
function factValueArb(definition: FactDefinition): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.double({ min: definition.min, max: definition.max, noNaN: true }) },
    { weight: 2, arbitrary: fc.constantFrom(definition.min, definition.max, definition.defaultValue) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        definition.max * 2 + 1,
        definition.min - 1,
        -1,
        -definition.defaultValue - 1,
        Number.NaN,
        Number.POSITIVE_INFINITY,
        Number.NEGATIVE_INFINITY,
      ),
    },
  );
}

const setFactArb: fc.Arbitrary<ScenarioAction> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .constantFrom(...FACTS)
      .chain((definition) => factValueArb(definition).map((value) => ({ type: 'set-fact' as const, factId: definition.id, value }))),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('set-fact' as const),
      factId: fc.constantFrom('noSuchFact', '', '__proto__', 'toString'),
      value: fc.constantFrom(1, 0, Number.NaN),
    }),
  },
);

const setFactsArb: fc.Arbitrary<ScenarioAction> = fc.oneof(
  fc.constant({ type: 'set-facts' as const, facts: DEFAULT_FACTS }),
  fc
    .constantFrom(...FACTS)
    .chain((definition) => factValueArb(definition).map((value) => ({ type: 'set-facts' as const, facts: { ...DEFAULT_FACTS, [definition.id]: value } }))),
);

/** Any action a reader (or a hand-edited link) could send, biased towards adds that fill the host. */
export const actionArb: fc.Arbitrary<ScenarioAction> = fc.oneof(
  { weight: 12, arbitrary: addArb },
  { weight: 3, arbitrary: idArb.map((id) => ({ type: 'remove' as const, id })) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('resize' as const),
      id: idArb,
      size: fc.oneof({ weight: 9, arbitrary: sizeArb }, { weight: 1, arbitrary: badSizeArb }).map((size) => size as SizeId),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.oneof({ weight: 9, arbitrary: presetArb }, { weight: 1, arbitrary: fc.constantFrom('mainframe', '', 'Laptop') }).map((presetId) => ({ type: 'set-hardware' as const, presetId })),
  },
  { weight: 1, arbitrary: fc.constantFrom('minimal', 'general', 'windows', '').map((guestOs) => ({ type: 'set-guest-os' as const, guestOs })) },
  { weight: 1, arbitrary: fc.constantFrom('type-1', 'type-2', 'type-3', '').map((hypervisor) => ({ type: 'set-hypervisor' as const, hypervisor })) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('set-optimisation' as const),
      optimisation: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...VM_OPTIMISATIONS) }, { weight: 1, arbitrary: fc.constantFrom('balloon', '', '__proto__', 'MergePages') }),
      on: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: setFactArb },
  { weight: 1, arbitrary: setFactsArb },
);

/** A sequence of actions long enough to fill a small host. */
export const actionsArb: fc.Arbitrary<ScenarioAction[]> = fc.array(actionArb, { minLength: 1, maxLength: 60, size: 'medium' });

/** A starting scenario: mostly the small board, so a handful of penthouses fills it. */
export const startScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    hardware: fc.oneof({ weight: 3, arbitrary: fc.constant('small-board' as const) }, { weight: 2, arbitrary: presetArb }),
    guestOs: fc.constantFrom<GuestOsId>('minimal', 'general'),
    hypervisor: fc.constantFrom<HypervisorType>('type-1', 'type-2'),
    optimisations: optimisationsArb,
  })
  .map(({ hardware, guestOs, hypervisor, optimisations }) => makeScenario({ hardware: HARDWARE_PRESETS[hardware], guestOs, hypervisor, optimisations }));

/** Applies actions in turn, keeping whatever each outcome returns. */
export function applyAll(scenario: Scenario, actions: readonly ScenarioAction[]): Scenario {
  return actions.reduce((current, action) => applyToScenario(current, action).scenario, scenario);
}

/** A scenario reached by a random sequence of actions from a random start. */
export const reachableScenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(startScenarioArb, actionsArb)
  .map(([start, actions]) => applyAll(start, actions));
