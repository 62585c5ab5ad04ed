import {
  addWorkload,
  removeWorkload,
  resizeWorkload,
  setFact,
  setFacts,
  setGuestOs,
  setHardware,
  setHypervisor,
  setOptimisation,
  type ActionResult,
  type Refusal,
} from './actions.ts';
import type { Facts } from './facts.ts';
import { makeHost, type Host, type Placement, type Workload } from './host.ts';
import type { SizeId } from './sizes.ts';

/**
 * The hosts the app compares: the same workloads as VMs, as containers, as containers inside one VM, and as one
 * microVM each.
 */
export type Side = 'vms' | 'containers' | 'nested' | 'microvms';

export const SIDES: readonly Side[] = ['vms', 'containers', 'nested', 'microvms'];

export const SIDE_PLACEMENT: Readonly<Record<Side, Placement>> = {
  vms: 'vm',
  containers: 'container',
  nested: 'container-in-vm',
  microvms: 'microvm',
};

/** The same machine once per placement. Settings are always equal across them. */
export interface Scenario {
  readonly hosts: Readonly<Record<Side, Host>>;
}

/** A request from the reader. Fields are plain strings so that untrusted input (a link) is validated here. */
export type ScenarioAction =
  | { readonly type: 'add'; readonly workload: Workload }
  | { readonly type: 'remove'; readonly id: string }
  | { readonly type: 'resize'; readonly id: string; readonly size: SizeId }
  | { readonly type: 'set-hardware'; readonly presetId: string }
  | { readonly type: 'set-guest-os'; readonly guestOs: string }
  | { readonly type: 'set-hypervisor'; readonly hypervisor: string }
  | { readonly type: 'set-optimisation'; readonly optimisation: string; readonly on: boolean }
  | { readonly type: 'set-fact'; readonly factId: string; readonly value: number }
  | { readonly type: 'set-facts'; readonly facts: Facts };

export interface ScenarioOutcome {
  /** The new scenario; the very same object when nothing changed. */
  readonly scenario: Scenario;
  /** The sides that refused, each with its reason. A side that refused is unchanged. */
  readonly refusals: Partial<Record<Side, Refusal>>;
  readonly changed: boolean;
}

/** A scenario with every side empty; `settings` apply to every host. */
export function makeScenario(settings: Partial<Omit<Host, 'placement' | 'workloads'>> = {}): Scenario {
  return {
    hosts: {
      vms: makeHost({ ...settings, placement: 'vm' }),
      containers: makeHost({ ...settings, placement: 'container' }),
      nested: makeHost({ ...settings, placement: 'container-in-vm' }),
      microvms: makeHost({ ...settings, placement: 'microvm' }),
    },
  };
}

function applyToHost(host: Host, action: ScenarioAction): ActionResult | 'skip' {
  switch (action.type) {
    case 'add':
      return addWorkload(host, action.workload);
    case 'remove':
      return host.workloads.some((workload) => workload.id === action.id) ? removeWorkload(host, action.id) : 'skip';
    case 'resize':
      return host.workloads.some((workload) => workload.id === action.id) ? resizeWorkload(host, action.id, action.size) : 'skip';
    case 'set-hardware':
      return setHardware(host, action.presetId);
    case 'set-guest-os':
      return setGuestOs(host, action.guestOs);
    case 'set-hypervisor':
      return setHypervisor(host, action.hypervisor);
    case 'set-optimisation':
      return setOptimisation(host, action.optimisation, action.on);
    case 'set-fact':
      return setFact(host, action.factId, action.value);
    case 'set-facts':
      return setFacts(host, action.facts);
  }
}

/** Workload actions land on each side that can take them: that is how the street fills before the building. */
function isPerSide(action: ScenarioAction): boolean {
  return action.type === 'add' || action.type === 'remove' || action.type === 'resize';
}

/**
 * Applies one action to every side. Adding, removing and resizing succeed or fail side by side; a change of
 * machine, guest OS, hypervisor, optimisation or figure applies to every side or to none, so the sides stay comparable.
 */
export function applyToScenario(scenario: Scenario, action: ScenarioAction): ScenarioOutcome {
  const refusals: Partial<Record<Side, Refusal>> = {};
  // An id names one workload everywhere: one the street refused may still run in the building.
  if (action.type === 'add' && allWorkloadIds(scenario).includes(action.workload.id)) {
    const refusal: Refusal = { ok: false, reason: 'duplicate-id', message: `A workload with id “${action.workload.id}” is already running.` };
    for (const side of SIDES) refusals[side] = refusal;
    return { scenario, refusals, changed: false };
  }
  const next: Record<Side, Host> = { ...scenario.hosts };
  let changed = false;
  let anyApplies = false;
  for (const side of SIDES) {
    const result = applyToHost(scenario.hosts[side], action);
    if (result === 'skip') continue;
    anyApplies = true;
    if (result.ok) {
      // An action that asks for what already is (the same machine, the same figure) changes nothing.
      if (result.host !== scenario.hosts[side]) {
        next[side] = result.host;
        changed = true;
      }
    } else {
      refusals[side] = result;
    }
  }
  if (!anyApplies && (action.type === 'remove' || action.type === 'resize')) {
    const refusal: Refusal = { ok: false, reason: 'not-found', message: `No workload “${action.id}” is running.` };
    for (const side of SIDES) refusals[side] = refusal;
  }
  const refusedSomewhere = Object.keys(refusals).length > 0;
  if (!changed || (refusedSomewhere && !isPerSide(action))) {
    return { scenario, refusals, changed: false };
  }
  return { scenario: { hosts: next }, refusals, changed: true };
}

/** Every workload id on any side, in first-added order. */
export function allWorkloadIds(scenario: Scenario): string[] {
  const ids = new Set<string>();
  for (const side of SIDES) for (const workload of scenario.hosts[side].workloads) ids.add(workload.id);
  return [...ids];
}
