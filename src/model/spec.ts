import { isWorkloadKindId, type WorkloadKindId } from './catalog.ts';
import type { Refusal } from './actions.ts';
import { defaultLabel, type Host, type Workload } from './host.ts';
import type { Facts } from './facts.ts';
import type { GuestOsId } from './guests.ts';
import { HARDWARE_PRESETS, type HardwarePresetId } from './hardware.ts';
import { VM_OPTIMISATIONS, type HypervisorType, type VmOptimisations } from './host.ts';
import { applyToScenario, makeScenario, SIDES, type Scenario, type ScenarioOutcome, type Side } from './scenario.ts';
import { largerSize, type SizeId } from './sizes.ts';
import { addWorkload, smallestSizeFor } from './actions.ts';

/** A scenario described, not built: what a story step, a link or a test asks for. */
export interface ScenarioSpec {
  readonly hardware?: HardwarePresetId;
  readonly guestOs?: GuestOsId;
  readonly hypervisor?: HypervisorType;
  /** The VM optimisations turned on; none when absent. */
  readonly optimisations?: Partial<VmOptimisations>;
  readonly facts?: Partial<Facts>;
  readonly workloads?: readonly WorkloadSpec[];
}

/** One workload of a spec. `id` and `on` let a link restore a scenario exactly, sides and all. */
export interface WorkloadSpec {
  readonly kind: WorkloadKindId;
  readonly size?: SizeId;
  readonly label?: string;
  /** A workload id of the form `w<number>`; the next free one when absent. */
  readonly id?: string;
  /** The sides it runs on; all three when absent (each side that has room). */
  readonly on?: readonly Side[];
  /**
   * A size for some sides that differs from `size`: a resize one side refused (a house that could not grow) leaves
   * the same workload at two sizes, and a link must restore both.
   */
  readonly sizes?: Partial<Record<Side, SizeId>>;
}

export interface BuiltScenario {
  readonly scenario: Scenario;
  /** The next free workload number: ids run `w<firstId>`, … in the order of the spec. */
  readonly nextId: number;
  readonly labelCounts: Readonly<Partial<Record<WorkloadKindId, number>>>;
  /** The last refusal each side gave while the workloads were placed: a full street is part of a scenario. */
  readonly refusals: Partial<Record<Side, Refusal>>;
}

/**
 * Builds a scenario from a spec through the model's own actions, so it is always a state a reader could reach.
 * Settings first, then each workload in order at its size (or the smallest it fits); a side that runs out keeps
 * what it has, as it would if the reader had clicked.
 */
export function scenarioFromSpec(spec: ScenarioSpec, firstId = 1): BuiltScenario {
  let scenario = makeScenario({
    hardware: HARDWARE_PRESETS[spec.hardware ?? 'server'],
    ...(spec.guestOs ? { guestOs: spec.guestOs } : {}),
    ...(spec.hypervisor ? { hypervisor: spec.hypervisor } : {}),
  });
  const refusals: Partial<Record<Side, Refusal>> = {};
  for (const optimisation of VM_OPTIMISATIONS) {
    if (!spec.optimisations?.[optimisation]) continue;
    scenario = applyToScenario(scenario, { type: 'set-optimisation', optimisation, on: true }).scenario;
  }
  for (const [factId, value] of Object.entries(spec.facts ?? {})) {
    const outcome = applyToScenario(scenario, { type: 'set-fact', factId, value: value as number });
    scenario = outcome.scenario;
    Object.assign(refusals, outcome.refusals);
  }
  const labelCounts: Partial<Record<WorkloadKindId, number>> = {};
  const taken = new Set<number>();
  let nextId = firstId;
  for (const item of spec.workloads ?? []) {
    if (!isWorkloadKindId(item.kind)) continue;
    const asked = item.id ? Number(/^w(\d{1,9})$/.exec(item.id)?.[1] ?? Number.NaN) : Number.NaN;
    // A link's own id when it is well formed and free; otherwise the next free number.
    const number = Number.isInteger(asked) && asked >= 0 && !taken.has(asked) ? asked : nextId;
    const n = (labelCounts[item.kind] ?? 0) + 1;
    const fitted = (asked?: SizeId) => (asked ? largerSize(asked, smallestSizeFor(item.kind)) : smallestSizeFor(item.kind));
    const workload = { id: `w${number}`, kind: item.kind, size: fitted(item.size), label: item.label ?? defaultLabel(item.kind, n) };
    const sizes = item.sizes ?? {};
    const outcome =
      item.on || Object.keys(sizes).length > 0
        ? addOnSides(scenario, (side) => ({ ...workload, size: fitted(sizes[side] ?? item.size) }), item.on ?? SIDES)
        : applyToScenario(scenario, { type: 'add', workload });
    if (outcome.changed) {
      scenario = outcome.scenario;
      labelCounts[item.kind] = n;
      taken.add(number);
      nextId = Math.max(nextId, number + 1);
    }
    for (const side of SIDES) {
      const refusal = outcome.refusals[side];
      if (refusal) refusals[side] = refusal;
    }
  }
  return { scenario, nextId, labelCounts, refusals };
}

/**
 * Adds a workload to the named sides only, at each side's own size: how a link restores a street that had refused
 * it, or a house that could not grow when its apartment did.
 */
function addOnSides(scenario: Scenario, workloadOn: (side: Side) => Workload, sides: readonly Side[]): ScenarioOutcome {
  const hosts: Record<Side, Host> = { ...scenario.hosts };
  const refusals: Partial<Record<Side, Refusal>> = {};
  let changed = false;
  for (const side of SIDES) {
    if (!sides.includes(side)) continue;
    const result = addWorkload(hosts[side], workloadOn(side));
    if (result.ok) {
      hosts[side] = result.host;
      changed = true;
    } else {
      refusals[side] = result;
    }
  }
  return { scenario: changed ? { hosts } : scenario, refusals, changed };
}
