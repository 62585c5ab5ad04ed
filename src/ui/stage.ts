import { landScale, layoutBuilding, layoutNested, layoutStreet, placeSign, signSpace, type BuildingLayout, type LandScale, type NestedLayout, type PlacedSign, type StreetLayout } from '../layout/index.ts';
import { withoutPageMerging, type Refusal, type Scenario, type Side, type SizeId } from '../model/index.ts';
import type { Shown } from '../store/types.ts';
import { sceneRefusal } from './sceneText.ts';

/** Every shown scene laid out at one scale, each with the refusal sign beneath it; a hidden scene is not laid out. */
export interface Stage {
  readonly scale: LandScale;
  readonly street: StreetLayout | null;
  readonly building: BuildingLayout | null;
  readonly nested: NestedLayout | null;
  readonly microvms: StreetLayout | null;
  readonly signs: Readonly<Record<Side, PlacedSign | null>>;
  /** The tallest shown scene with room for its sign (whether one stands or not), in px; for scenes stacked in one
   * column, all of them together. */
  readonly tallest: number;
}

export interface StageRequest {
  readonly scenario: Scenario;
  readonly width: number;
  readonly sizes: readonly SizeId[];
  readonly shown: Shown;
  readonly refusals: Partial<Record<Side, Refusal>>;
  readonly serial: number;
  /** The height the first screen leaves for the picture, in px; null when the picture need not fit one. */
  readonly budget: number | null;
  /**
   * The rows an earlier layout of the same screen settled on: the search starts there, so an add lays the picture
   * out once, not once per row tried (a thousand houses each time).
   */
  readonly startRows?: number;
  /** The scenes stand one above the other, sharing the budget's height. */
  readonly stacked?: boolean;
  /** The picture holds less than when it settled on `startRows`: a row more is tried while it fits. */
  readonly mayGrow?: boolean;
}

/** A sign of the usual length, for the room the picture keeps beneath each scene. */
const TYPICAL_SIGN = {
  headline: 'No land left',
  detail: 'database 2 needs 2 GiB of memory; 999 MiB free.',
  shorter: ['database 2: needs 2 GiB; 999 MiB free.', 'Needs 2 GiB of memory; 999 MiB free.', 'Needs 2 GiB; 999 MiB free.'],
  serial: 0,
};

function layOut(request: StageRequest, maxRows?: number): Stage {
  const { scenario, width, sizes, shown, refusals, serial } = request;
  const { vms, containers, nested, microvms } = scenario.hosts;
  const scale = landScale(vms, width, sizes, maxRows);
  // The building's basement gives up shelves before the picture gives up rows.
  const reserve = signSpace(placeSign(TYPICAL_SIGN, scale.width, 0));
  const street = shown.vms ? layoutStreet(vms, scale) : null;
  // The picture is fitted to the street as it stands without page merging: merging shrinks the houses on the same
  // land, and must not let the picture grow a row (the land scale is made from unmerged houses for the same reason).
  const fitStreet = street && vms.optimisations.mergePages
    ? layoutStreet(withoutPageMerging(vms), scale)
    : street;
  const microvmLayout = shown.microvms ? layoutStreet(microvms, scale) : null;
  // Stacked, the building has what the street above it leaves.
  const sign = (side: Side, layout: { width: number; height: number } | null) =>
    layout ? placeSign(sceneRefusal(side, refusals[side], serial), layout.width, layout.height) : null;
  const roomFor = (layout: { height: number } | null, placed: PlacedSign | null, keep = reserve) =>
    layout ? layout.height + Math.max(signSpace(placed), keep) : 0;
  const above = request.stacked ? Math.max(roomFor(fitStreet, sign('vms', street)), roomFor(microvmLayout, sign('microvms', microvmLayout))) : 0;
  // The building makes room only for a sign that stands: it refuses far more rarely than the street, and the picture
  // is the larger for it the rest of the time; the street keeps room for its sign whether one stands or not.
  const buildingSign = (layout: { width: number; height: number } | null) => signSpace(sign('containers', layout));
  const maxHeight = request.budget === null ? Infinity : request.budget - buildingSign({ width: scale.width, height: 0 }) - above;
  const building = shown.containers ? layoutBuilding(containers, scale, scale.width, maxHeight) : null;
  const nestedLayout = shown.nested ? layoutNested(nested, scale, request.budget === null ? Infinity : request.budget - reserve) : null;
  // Each sign is placed for its own scene's size, beneath the far end of the lot.
  const signs = { vms: sign('vms', street), containers: sign('containers', building), nested: sign('nested', nestedLayout), microvms: sign('microvms', microvmLayout) };
  // Room for a sign is kept whether one stands or not: a refusal coming or going must not rescale the picture.
  const heights = [
    roomFor(fitStreet, signs.vms),
    roomFor(building, signs.containers, 0),
    roomFor(nestedLayout, signs.nested),
    roomFor(microvmLayout, signs.microvms),
  ];
  const tallest = request.stacked ? heights.reduce((sum, height) => sum + height, 0) : Math.max(...heights);
  return { scale, street, building, nested: nestedLayout, microvms: microvmLayout, signs, tallest };
}

/**
 * The picture laid out as large as the first screen lets it be: at the scale the width asks for, then in fewer rows
 * (the same land, drawn smaller) until the tallest scene and its sign fit the height the screen leaves, or one row
 * remains. With no budget, the width alone decides.
 */
export function layOutStage(request: StageRequest): Stage {
  const { budget } = request;
  let stage = layOut(request, budget === null ? undefined : request.startRows);
  // The rows last settled on are where the search starts, not a ceiling: when tenants leave, the picture may grow
  // again, to what a fresh search would give. (A refusal coming or going changes nothing: room for a sign is kept;
  // page merging neither: the fit is taken from the unmerged street.)
  while (budget !== null && request.startRows !== undefined && request.mayGrow && stage.tallest <= budget) {
    const larger = layOut(request, stage.scale.rows + 1);
    if (larger.scale.rows === stage.scale.rows || larger.tallest > budget) break;
    stage = larger;
  }
  while (budget !== null && stage.tallest > budget && stage.scale.rows > 1) stage = layOut(request, stage.scale.rows - 1);
  return stage;
}
