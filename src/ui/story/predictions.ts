import { formatDisk, formatSeconds, type Host, type HostCosts } from '../../model/index.ts';
import { costsOf } from '../../store/selectors.ts';
import type { StoryStep } from '../../store/steps.ts';

/** The steps that ask "Your guess" before the picture answers. */
export type PredictionKind = NonNullable<StoryStep['prediction']>;

/** A question as it stands for the scenario on screen: its words, its choices, and the one the model's figures pick. */
export interface Question {
  /** What follows "Your guess:". */
  readonly legend: string;
  readonly choices: readonly string[];
  /** The index of the right choice, worked out from the model's figures, never written down. */
  readonly right: number;
  /** What happens, with the figures that show it. */
  readonly why: string;
}

/** The two places the questions compare. */
export interface Places {
  readonly vms: Host;
  readonly containers: Host;
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Which band a ratio falls in: the first whose upper limit it is under; the last band has none. */
function band(ratio: number, limits: readonly number[]): number {
  const index = limits.findIndex((limit) => ratio < limit);
  return index === -1 ? limits.length : index;
}

/** How many times `a` is `b`, where nothing against nothing is level and something against nothing is no contest. */
function times(a: number, b: number): number {
  if (b > 0) return a / b;
  return a > 0 ? Infinity : 1;
}

/** "6.7", "33": a ratio as a reader says it. */
function roughly(ratio: number): string {
  return String(ratio < 10 ? Math.round(ratio * 10) / 10 : Math.round(ratio));
}

/** Disk the tenants take beyond what the machine stores once for itself (its own OS; the engine). */
export function tenantsDisk(costs: HostCosts): number {
  return costs.disk.used - costs.disk.platform;
}

/** "33 times less", "about as much": how the apartments' figure stands to the houses' (`ratio` = houses ÷ apartments). */
function against(ratio: number): string {
  if (ratio >= 1.5) return `${roughly(ratio)} times less`;
  if (ratio <= 1 / 1.5) return `${roughly(1 / ratio)} times more`;
  return 'about as much';
}

/** The street's disk ÷ the building's: under 2 is "over half", under 10 "half to a tenth", else "under a tenth". */
export const DISK_LIMITS = [2, 10] as const;

/**
 * The disk each place stores in all, the ledger's "Disk" figure, as the class sees it beside the question; the answer
 * then says how little of the building's is the apartments' own.
 */
function layersQuestion(vms: HostCosts, containers: HostCosts): Question {
  const houses = tenantsDisk(vms);
  const apartments = tenantsDisk(containers);
  const ratio = times(vms.disk.used, containers.disk.used);
  return {
    legend: `${counted(containers.count, 'apartment', 'apartments')} take how much of ${counted(vms.count, 'house’s', 'houses’')} disk?`,
    choices: ['Over half', 'Half to a tenth', 'Under a tenth'],
    right: band(ratio, DISK_LIMITS),
    why:
      `The building stores ${formatDisk(containers.disk.used)} to the street’s ${formatDisk(vms.disk.used)}: ` +
      `${against(ratio)}. Most of it is the machine’s own system (${formatDisk(containers.disk.platform)}): the ` +
      `apartments add ${formatDisk(apartments)}${containers.disk.shared > 0 ? ', their shared layers stored once' : ''}, ` +
      `where the houses add ${formatDisk(houses)}, a whole OS each.`,
  };
}

/** How many seconds after the apartments the houses are all ready: under 1 is "houses, or level", under 5 "by 1–5 s". */
export const RACE_LIMITS = [1, 5] as const;

function raceQuestion(vms: HostCosts, containers: HostCosts): Question {
  const houses = vms.startup.allReady;
  const apartments = containers.startup.allReady;
  const gap = houses - apartments;
  let outcome: string;
  if (gap > 0) outcome = `: ${formatSeconds(gap)} later, as each house boots its own OS first`;
  else if (gap < 0) outcome = `: the houses first, by ${formatSeconds(-gap)}`;
  else outcome = ': a tie';
  return {
    legend: 'who is ready first, by how much?',
    choices: ['Houses, or a tie', 'Apartments, by 1–5 s', 'Apartments, by 5+ s'],
    right: band(gap, RACE_LIMITS),
    why:
      `The apartments are all ready after ${formatSeconds(apartments)}, the houses after ${formatSeconds(houses)}${outcome} ` +
      '(both clocks count each app’s own start as well).',
  };
}

/** Who an attacker in one tenant reaches with a kernel flaw: every apartment (one kernel), and its own house only. */
export function attackerReach({ vms, containers }: Places): { readonly apartments: number; readonly houses: number } {
  const target = containers.workloads[0];
  return {
    apartments: containers.workloads.length,
    houses: target && vms.workloads.some((workload) => workload.id === target.id) ? 1 : 0,
  };
}

function guestsQuestion(places: Places): Question | null {
  const target = places.containers.workloads[0];
  if (!target) return null;
  const apartments = places.containers.workloads.length;
  const houses = places.vms.workloads.length;
  const reach = attackerReach(places);
  // Each choice is a reach: its own home only, every apartment (and its own house), every tenant on both sides.
  const reaches = [
    { apartments: 1, houses: Math.min(1, houses) },
    { apartments, houses: Math.min(1, houses) },
    { apartments, houses },
  ];
  const right = reaches.findIndex((choice) => choice.apartments === reach.apartments && choice.houses === reach.houses);
  return {
    legend: 'a kernel flaw from one apartment reaches…',
    choices: ['that one only', `all ${counted(apartments, 'apartment', 'apartments')}`, 'houses too'],
    right: right === -1 ? 1 : right,
    why:
      `From ${target.label}, the apartment taken over: all ${counted(apartments, 'apartment', 'apartments')} share one ` +
      'kernel, so its flaw opens every door; the other ' +
      `${counted(Math.max(0, houses - reach.houses), 'house', 'houses')} each have their own, behind the hypervisor.`,
  };
}

/** The question a step asks, for the places on screen; null when there is nothing to ask about (no tenant to attack). */
export function questionFor(kind: PredictionKind, places: Places): Question | null {
  const vms = costsOf(places.vms);
  const containers = costsOf(places.containers);
  if (kind === 'layers') return layersQuestion(vms, containers);
  if (kind === 'race') return raceQuestion(vms, containers);
  return guestsQuestion(places);
}

/** The answer's words: whether the guess was right, then what happens. */
export function answerWords(question: Question, guess: number | null): string {
  if (guess === null) return `Here is what happens: ${question.why}`;
  if (guess === question.right) return `Right. ${question.why}`;
  return `Not quite: the answer is “${question.choices[question.right]}”. ${question.why}`;
}
