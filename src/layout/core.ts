import { buildingCoreMemory, type Host } from '../model/index.ts';
import { placeCallouts, type Callout } from './callouts.ts';
import type { Caption, Rect } from './shapes.ts';

/** Shared infrastructure drawn once: the kernel everyone uses, the building manager. */
export interface CoreNode extends Rect {
  readonly key: 'kernel' | 'engine' | 'guest-os';
  readonly label: string;
  readonly bytes: number;
  /** The part as drawn: a little narrower than its land. */
  readonly plot: Rect;
  /** Its full name, else a short one, else nothing: a clipped "Host k…" says less than the legend does. */
  readonly caption: Caption;
}

/** The parts of a building's core, with their names and what they take. */
export function coreParts(host: Host): { key: CoreNode['key']; label: string; short: string; bytes: number }[] {
  const core = buildingCoreMemory(host);
  const engine = { key: 'engine' as const, label: 'Engine', short: 'Engine', bytes: core.engine };
  if (host.placement === 'container-in-vm') return [{ key: 'guest-os', label: 'Guest OS', short: 'Kernel', bytes: core.kernel }, engine];
  return [{ key: 'kernel', label: 'Host kernel', short: 'Kernel', bytes: core.kernel }, engine];
}

/** Beneath the ground line: the first line's drop below it, the room one line takes, and a second line's. */
const CALLOUT_DROP = 18;
const CALLOUT_SPACE = 26;
const CALLOUT_LINE = 17;
const CALLOUTS: Record<CoreNode['key'], string> = { kernel: 'host kernel', engine: 'engine, the manager', 'guest-os': 'guest OS' };
const CALLOUTS_BRIEF: Record<CoreNode['key'], string> = { kernel: 'host kernel', engine: 'engine', 'guest-os': 'guest OS' };

/** The core named beneath the ground line, and the core as drawn then, and the height the names take. */
export interface CoreNames {
  readonly callouts: readonly Callout[];
  /** A part named beneath the ground carries no short name of its own as well. */
  readonly core: readonly CoreNode[];
  readonly space: number;
}

/**
 * Names, beneath the ground line at `groundBottom`, the parts of the core too small for their own names, each with a
 * line up to it at `groundY`: on one line, in fewer words if need be, or on two (the nearer last) when both need room.
 */
export function nameCoreBeneath(core: readonly CoreNode[], groundY: number, groundBottom: number, width: number): CoreNames {
  const unnamed = core.filter((part) => part.caption.text !== part.label);
  const targets = (brief: boolean) => unnamed.map((part) => ({
    key: part.key,
    text: (brief ? CALLOUTS_BRIEF : CALLOUTS)[part.key],
    x: part.x + part.width / 2,
    y: groundY,
  }));
  const near = groundBottom + CALLOUT_DROP;
  const oneLine = [placeCallouts(targets(false), [near], width), placeCallouts(targets(true), [near], width)]
    .find((placed) => placed.length === unnamed.length);
  const callouts = oneLine ?? placeCallouts(targets(false), [near + CALLOUT_LINE, near], width);
  const named = new Set(callouts.map((callout) => callout.key));
  return {
    callouts,
    core: core.map((part): CoreNode => (named.has(part.key) ? { ...part, caption: { ...part.caption, text: '', shown: false } } : part)),
    space: callouts.length === 0 ? 0 : CALLOUT_SPACE + (oneLine === undefined ? CALLOUT_LINE : 0),
  };
}
