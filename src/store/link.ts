import {
  cleanLabel,
  FACTS,
  GUEST_OSES,
  HARDWARE_PRESETS,
  SIDES,
  isFactId,
  isGuestOsId,
  isHardwarePresetId,
  isSizeId,
  isWorkloadKindId,
  VM_OPTIMISATIONS,
  whyFactValueIsInvalid,
  type Facts,
  type Scenario,
  type ScenarioSpec,
  type Side,
  type SizeId,
  type VmOptimisation,
  type VmOptimisations,
  type WorkloadSpec,
} from '../model/index.ts';
import { isTheme, VIEWS, type ControlsLevel, type PageState, type Theme, type View } from './types.ts';

/**
 * Links that carry the whole state: workloads (with their ids, sizes, names and the sides they run on), machine,
 * guest OS, hypervisor, VM optimisations, changed figures, view, story step and theme. Compact, versioned, and read defensively:
 * whatever cannot be read is left out, with a notice that says what, and the rest opens as it was.
 */
export const LINK_VERSION = 1;

/** What a link says. Absent parts are left as the page would have them. */
export interface LinkState {
  readonly spec: ScenarioSpec | null;
  readonly view: View | null;
  /** 0-based. */
  readonly step: number | null;
  readonly theme: Theme | null;
  /** The step's question opens answered (`answer=1`). */
  readonly answered: boolean;
}

export interface ReadLink {
  readonly state: LinkState;
  /** One sentence per part that was ignored. */
  readonly notices: readonly string[];
}

const SIZE_CODES: Record<SizeId, string> = { studio: 's', 'one-bedroom': '1', 'two-bedroom': '2', penthouse: 'p' };
const CODE_SIZES = Object.fromEntries(Object.entries(SIZE_CODES).map(([size, code]) => [code, size])) as Record<string, SizeId>;
const SIDE_CODES: Record<Side, string> = { vms: 'v', containers: 'c', nested: 'n', microvms: 'm' };
const OPTIMISATION_CODES: Record<VmOptimisation, string> = { mergePages: 'k', linkedClones: 'l' };

/** At most this many workloads are read from a link: far more than any host here holds. */
const MAX_WORKLOADS = 2000;
const MAX_PARAM_LENGTH = 100_000;


function changedFacts(facts: Facts): string {
  return FACTS.filter((fact) => facts[fact.id] !== fact.defaultValue)
    .map((fact) => `${fact.id}:${facts[fact.id]}`)
    .join(',');
}

/**
 * The order workloads were added in. Each side lists its workloads in that order, but a side may lack some (a full
 * street): the three lists are merged so that each keeps its own order.
 */
function addOrder(scenario: Scenario): string[] {
  const lists = SIDES.map((side) => scenario.hosts[side].workloads.map((workload) => workload.id));
  const after = new Map<string, Set<string>>();
  const before = new Map<string, number>();
  for (const list of lists) {
    list.forEach((id, index) => {
      if (!after.has(id)) after.set(id, new Set());
      if (!before.has(id)) before.set(id, 0);
      const next = list[index + 1];
      if (next !== undefined && !after.get(id)!.has(next)) {
        after.get(id)!.add(next);
        before.set(next, (before.get(next) ?? 0) + 1);
      }
    });
  }
  // Kahn's algorithm, taking ready ids in the order the sides first list them.
  const firstSeen = [...new Set(lists.flat())];
  const order: string[] = [];
  const ready = firstSeen.filter((id) => before.get(id) === 0);
  while (ready.length > 0) {
    const id = ready.shift()!;
    order.push(id);
    for (const next of after.get(id) ?? []) {
      before.set(next, before.get(next)! - 1);
      if (before.get(next) === 0) ready.push(next);
    }
  }
  return order.length === firstSeen.length ? order : firstSeen;
}

/** The query string for a page state: `?v=1&step=3&m=laptop&w=1.web.s,2.api.1.cn:my%20api…`. */
export function writeLink(state: PageState): string {
  const { hosts } = state.scenario;
  const params = new URLSearchParams();
  params.set('v', String(LINK_VERSION));
  params.set('step', String(state.step + 1));
  if (state.view !== 'both') params.set('view', state.view);
  if (state.theme) params.set('theme', state.theme);
  if (state.answered) params.set('answer', '1');
  params.set('m', hosts.vms.hardware.presetId);
  if (hosts.vms.guestOs !== 'general') params.set('g', hosts.vms.guestOs);
  if (hosts.vms.hypervisor !== 'type-1') params.set('h', '2');
  const optimisations = VM_OPTIMISATIONS.filter((id) => hosts.vms.optimisations[id]).map((id) => OPTIMISATION_CODES[id]).join('');
  if (optimisations) params.set('o', optimisations);
  const facts = changedFacts(hosts.vms.facts);
  if (facts) params.set('f', facts);
  // Every workload once, in the order it was added, with the sides it runs on when not all of them, and one size code
  // per side when a side kept another size (a house that could not grow).
  const seen = new Map<string, { number: string; kind: string; label: string; sizes: Map<Side, SizeId> }>();
  for (const side of SIDES) {
    for (const workload of hosts[side].workloads) {
      const entry = seen.get(workload.id) ?? { number: workload.id.slice(1), kind: workload.kind, label: encodeURIComponent(workload.label), sizes: new Map() };
      entry.sizes.set(side, workload.size);
      seen.set(workload.id, entry);
    }
  }
  const items = addOrder(state.scenario)
    .map((id) => seen.get(id)!)
    .map(({ number, kind, label, sizes }) => {
      const codes = [...sizes.values()].map((size) => SIZE_CODES[size]);
      const size = new Set(codes).size === 1 ? codes[0] : codes.join('');
      const on = sizes.size === SIDES.length ? '' : `.${[...sizes.keys()].map((side) => SIDE_CODES[side]).join('')}`;
      return `${number}.${kind}.${size}${on}:${label}`;
    });
  params.set('w', items.join(','));
  return `?${params.toString()}`;
}

function readWorkload(item: string, notices: string[]): WorkloadSpec | null {
  const colon = item.indexOf(':');
  const head = colon >= 0 ? item.slice(0, colon) : item;
  const rawLabel = colon >= 0 ? item.slice(colon + 1) : null;
  const [number, kind, size, sides, ...rest] = head.split('.');
  if (!number || !/^\d{1,9}$/.test(number) || !kind || !size || rest.length > 0) {
    notices.push(`Left out a workload the link wrote as “${item.slice(0, 40)}”: it could not be read.`);
    return null;
  }
  if (!isWorkloadKindId(kind)) {
    notices.push(`Left out workload “${kind.slice(0, 40)}”: there is no such workload here.`);
    return null;
  }
  let on: Side[] | undefined;
  if (sides !== undefined) {
    on = SIDES.filter((side) => sides.includes(SIDE_CODES[side]));
    if (on.length === 0 || [...sides].some((code) => !Object.values(SIDE_CODES).includes(code))) {
      notices.push(`Left out a ${kind} placed on “${sides.slice(0, 12)}”: those are not sides here.`);
      return null;
    }
  }
  // One size code for every side, or one per side it runs on.
  const sizeIds = [...size].map((code) => CODE_SIZES[code]);
  const placed = on ?? SIDES;
  if (sizeIds.some((id) => !id || !isSizeId(id)) || (sizeIds.length !== 1 && sizeIds.length !== placed.length)) {
    notices.push(`Left out a ${kind} with size “${size.slice(0, 12)}”: there is no such size.`);
    return null;
  }
  const sizeId = sizeIds[0]!;
  const sizes: Partial<Record<Side, SizeId>> = {};
  if (sizeIds.length > 1) placed.forEach((side, index) => { if (sizeIds[index] !== sizeId) sizes[side] = sizeIds[index]!; });
  let label: string | undefined;
  if (rawLabel !== null) {
    let decoded: string | null = null;
    try {
      decoded = decodeURIComponent(rawLabel);
    } catch {
      decoded = null;
    }
    const clean = decoded === null ? null : cleanLabel(decoded);
    if (typeof clean === 'string') label = clean;
    else notices.push(`A ${kind}'s name could not be used (${clean === null ? 'it could not be read' : clean.message.toLowerCase()}); it has its usual name instead.`);
  }
  return {
    id: `w${Number(number)}`,
    kind,
    size: sizeId,
    ...(label !== undefined ? { label } : {}),
    ...(on ? { on } : {}),
    ...(Object.keys(sizes).length > 0 ? { sizes } : {}),
  };
}

function readFacts(raw: string, notices: string[]): Partial<Facts> {
  const facts: Partial<Record<keyof Facts, number>> = {};
  for (const pair of raw.split(',')) {
    if (!pair) continue;
    const [id, value, ...rest] = pair.split(':');
    const number = Number(value);
    if (!id || value === undefined || rest.length > 0 || !isFactId(id)) {
      notices.push(`Left out the figure “${pair.slice(0, 40)}”: there is no such figure.`);
      continue;
    }
    const invalid = value.trim() === '' ? 'it has no value.' : whyFactValueIsInvalid(id, number);
    if (invalid) {
      notices.push(`Kept the usual value: ${invalid}`);
      continue;
    }
    facts[id] = number;
  }
  return facts;
}

/** The 0-based step a reader's number names (in a link, or typed), or null when there is no such step. */
export function stepIndexOf(raw: string, stepCount: number): number | null {
  const n = raw.trim() === '' ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= stepCount ? n - 1 : null;
}

/**
 * Reads a query string into a page state and notices. It never throws: a link that cannot be read at all opens the
 * first step with a notice, and one read in part opens what could be read.
 */
export function readLink(search: string, stepCount: number, asks: (step: number) => boolean = () => false): ReadLink {
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(search ?? '').slice(0, MAX_PARAM_LENGTH));
  } catch {
    return { state: { spec: null, view: null, step: null, theme: null, answered: false }, notices: ['This link could not be read; the story starts from the beginning.'] };
  }
  const version = params.get('v');
  if (version !== null && version !== String(LINK_VERSION)) {
    notices.push(`This link was made by another version of the explainer (${version.slice(0, 12)}); what could be read is open.`);
  }

  let step: number | null = null;
  const rawStep = params.get('step');
  if (rawStep !== null) {
    step = stepIndexOf(rawStep, stepCount);
    if (step === null) notices.push(`There is no step “${rawStep.slice(0, 12)}”; the story starts from the beginning.`);
  }

  let view: View | null = null;
  const rawView = params.get('view');
  if (rawView !== null) {
    if ((VIEWS as readonly string[]).includes(rawView)) view = rawView as View;
    else notices.push(`There is no view “${rawView.slice(0, 20)}”; both places are shown.`);
  }

  let theme: Theme | null = null;
  const rawTheme = params.get('theme');
  if (rawTheme !== null) {
    if (isTheme(rawTheme)) theme = rawTheme;
    else notices.push(`There is no theme “${rawTheme.slice(0, 20)}”; the usual one is used.`);
  }

  // Only a step that asks a question opens answered; on any other, `answer` is dropped without a notice: nothing is lost.
  const answered = params.get('answer') === '1' && asks(step ?? 0);

  const hasScenario = ['m', 'g', 'h', 'o', 'f', 'w'].some((key) => params.has(key));
  if (!hasScenario) return { state: { spec: null, view, step, theme, answered }, notices };

  const rawMachine = params.get('m') ?? 'server';
  let hardware = isHardwarePresetId(rawMachine) ? rawMachine : null;
  if (!hardware) {
    notices.push(`There is no machine “${rawMachine.slice(0, 20)}”; the ${HARDWARE_PRESETS.server.name.toLowerCase()} is used.`);
    hardware = 'server';
  }
  const rawGuest = params.get('g') ?? 'general';
  const guestOs = isGuestOsId(rawGuest) ? rawGuest : 'general';
  if (!isGuestOsId(rawGuest)) notices.push(`There is no guest OS “${rawGuest.slice(0, 20)}”; the ${GUEST_OSES.general.name.toLowerCase()} is used.`);
  const rawHypervisor = params.get('h') ?? '1';
  if (rawHypervisor !== '1' && rawHypervisor !== '2') notices.push(`There is no hypervisor type “${rawHypervisor.slice(0, 12)}”; type 1 is used.`);
  const hypervisor = rawHypervisor === '2' ? ('type-2' as const) : ('type-1' as const);
  const rawOptimisations = params.get('o') ?? '';
  const optimisations: Partial<Record<VmOptimisation, boolean>> = {};
  for (const id of VM_OPTIMISATIONS) if (rawOptimisations.includes(OPTIMISATION_CODES[id])) optimisations[id] = true;
  if ([...rawOptimisations].some((code) => !Object.values(OPTIMISATION_CODES).includes(code))) {
    notices.push(`Left out the VM optimisations “${rawOptimisations.slice(0, 12)}” that are not known here.`);
  }
  const facts = readFacts(params.get('f') ?? '', notices);

  const items = (params.get('w') ?? '').split(',').filter(Boolean);
  if (items.length > MAX_WORKLOADS) notices.push(`Only the first ${MAX_WORKLOADS} workloads were read.`);
  const workloads = items.slice(0, MAX_WORKLOADS).flatMap((item) => readWorkload(item, notices) ?? []);
  // Many bad items would make many notices: say the first few and how many more.
  const shown = notices.length > 6 ? [...notices.slice(0, 5), `…and ${notices.length - 5} more parts were left out.`] : notices;
  const spec: ScenarioSpec = { hardware, guestOs, hypervisor, optimisations: optimisations as Partial<VmOptimisations>, facts, workloads };
  return { state: { spec, view, step, theme, answered }, notices: shown };
}

/** Embedding, as the page's own address asks for it: `?embed=1&controls=minimal`. Read once: it never changes. */
export function readEmbedding(search: string): { embedded: boolean; controls: ControlsLevel } {
  const params = new URLSearchParams(search);
  const embedded = params.get('embed') === '1';
  const raw = params.get('controls');
  const controls: ControlsLevel = raw === 'none' || raw === 'minimal' || raw === 'full' ? raw : embedded ? 'minimal' : 'full';
  return { embedded, controls };
}
