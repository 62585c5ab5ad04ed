import {
  CATALOG,
  GUEST_OSES,
  HARDWARE_PRESETS,
  factDefinition,
  sizeById,
  type Refusal,
  type Scenario,
  type ScenarioAction,
  type Side,
} from '../model/index.ts';

const SIDE_NAMES: Record<Side, string> = {
  vms: 'the street of houses',
  containers: 'the apartment building',
  nested: 'the building inside a house',
  microvms: 'the row of microVMs',
};

function workloadLabel(scenario: Scenario, id: string): string {
  for (const host of Object.values(scenario.hosts)) {
    const found = host.workloads.find((workload) => workload.id === id);
    if (found) return found.label;
  }
  return id;
}

/** "a", "a and b", "a, b and c". */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A plain sentence saying what an accepted action did, for the live region. Names are quoted as stored. */
export function describeChange(before: Scenario, after: Scenario, action: ScenarioAction): string {
  switch (action.type) {
    case 'add': {
      const added = (Object.keys(after.hosts) as Side[]).filter((side) => after.hosts[side].workloads.some((w) => w.id === action.workload.id));
      // A full street (or building) takes no tenant: say where this one did move in.
      const where = added.length < Object.keys(after.hosts).length ? `, in ${listInWords(added.map((side) => SIDE_NAMES[side]))} only` : '';
      return `Added ${workloadLabel(after, action.workload.id)} (${CATALOG[action.workload.kind].software}) as a ${sizeById(action.workload.size).name}${where}.`;
    }
    case 'remove':
      return `Removed ${workloadLabel(before, action.id)}.`;
    case 'resize':
      return `Moved ${workloadLabel(before, action.id)} to a ${sizeById(action.size).name}.`;
    case 'set-hardware':
      return `Moved everything to the ${HARDWARE_PRESETS[action.presetId as keyof typeof HARDWARE_PRESETS]?.name.toLowerCase() ?? action.presetId}.`;
    case 'set-guest-os':
      return `Every house now runs the ${GUEST_OSES[action.guestOs as keyof typeof GUEST_OSES]?.name.toLowerCase() ?? action.guestOs}.`;
    case 'set-hypervisor':
      return action.hypervisor === 'type-2'
        ? 'The hypervisor now runs as a program on a host OS (type 2).'
        : 'The hypervisor now runs directly on the hardware (type 1).';
    case 'set-optimisation': {
      const what = action.optimisation === 'mergePages' ? 'Page merging (KSM)' : 'Linked clones on one base image';
      return `${what} is now ${action.on ? 'on' : 'off'} for the street of houses.`;
    }
    case 'set-fact': {
      const fact = factDefinition(action.factId);
      return fact ? `${fact.label} is now ${action.value} ${fact.unit}.` : 'Changed a figure.';
    }
    case 'set-facts':
      return 'Every figure is back to its sourced default.';
  }
}

/** A sentence for the sides that refused, naming each side and its reason. */
export function describeRefusals(refusals: Partial<Record<Side, Refusal>>): string {
  const entries = Object.entries(refusals) as [Side, Refusal][];
  const messages = new Set(entries.map(([, refusal]) => refusal.message));
  // Input errors are the same on every side: say them once.
  if (messages.size === 1 && entries.length > 1 && !['memory', 'disk'].includes(entries[0]![1].reason)) {
    return [...messages][0]!;
  }
  return entries.map(([side, refusal]) => `In ${SIDE_NAMES[side]}: ${refusal.message}`).join(' ');
}
