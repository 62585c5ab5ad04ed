import { layerUsage, type Host, type Refusal, type Scenario, type Side } from '../model/index.ts';
import { costsOf } from '../store/selectors.ts';
import type { Highlight } from '../store/steps.ts';
import { shownBy, type Shown, type View } from '../store/types.ts';
import { SceneFrame } from './SceneFrame.tsx';
import { drawBuilding, drawNested, drawStreet, type SceneCode } from './sceneCode.ts';
import { buildingSummary, microvmSummary, nestedSummary, streetSummary } from './sceneText.ts';
import type { Stage } from './stage.ts';

// A step's picture standing still, away from the page's stage: the printed handout and the speaker's next step lay a
// scenario out at a width and height of their own and draw it with the page's scenes at their end state.

/** A still picture's request: the scenario, the view that says which places stand in it, and the room it has. */
export interface StillRequest {
  readonly scenario: Scenario;
  readonly refusals: Partial<Record<Side, Refusal>>;
  readonly view: View;
  /** Each picture's width in px, and the tallest the pictures may be. */
  readonly width: number;
  readonly budget: number;
}

/** The sides a view shows, in the order their pictures stand: the street (or the microVMs' row), then the building. */
export function stillSides(shown: Shown): Side[] {
  return (['vms', 'microvms', 'containers', 'nested'] as const).filter((side) => shown[side]);
}

/** The scenario laid out as the page lays out its stage, at one scale, for the room given. */
export function layOutStill(code: SceneCode, request: StillRequest): Stage {
  return code.layOutStage({
    scenario: request.scenario,
    width: request.width,
    sizes: code.sizesInUse(request.scenario),
    shown: shownBy(request.view),
    refusals: request.refusals,
    serial: 0,
    budget: request.budget,
  });
}

/** One side's picture, drawn by the page's own scene at its end state (duration 0), with what it rings. */
export function StillScene({ side, stage, host, highlight }: { side: Side; stage: Stage; host: Host; highlight: Highlight | null }) {
  const costs = costsOf(host);
  const common = { side, duration: 0, highlight, refusal: stage.signs[side] } as const;
  if (side === 'vms') return <SceneFrame {...common} draw={drawStreet} layout={stage.street} summary={streetSummary(costs)} />;
  if (side === 'microvms') return <SceneFrame {...common} draw={drawStreet} layout={stage.microvms} summary={microvmSummary(costs)} />;
  if (side === 'containers') {
    return <SceneFrame {...common} draw={drawBuilding} layout={stage.building} summary={buildingSummary(costs, layerUsage(host).length)} />;
  }
  return <SceneFrame {...common} draw={drawNested} layout={stage.nested} summary={nestedSummary(costs)} />;
}
