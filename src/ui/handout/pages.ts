import { scenarioFromSpec, type Refusal, type Scenario, type Side } from '../../model/index.ts';
import { STEPS, type StoryStep } from '../../store/steps.ts';
import type { Store } from '../../store/navigation.ts';
import { shownBy } from '../../store/types.ts';
import type { SceneCode } from '../sceneCode.ts';
import type { Stage } from '../stage.ts';
import { layOutStill, stillSides } from '../StillScene.tsx';

/**
 * The width the handout's pictures are laid out for, in CSS px: an A4 page's 210 mm less 15 mm margins each side
 * (a Letter page is a little wider; the pictures scale to fit either). Fixed, not measured: a print begins before
 * the print layout exists to be measured.
 */
export const PAGE_WIDTH = 680;
const COLUMN_GAP = 24;
/**
 * What a page leaves for the pictures beneath the step's words and above its figures, in px: a Letter page's 249 mm
 * of height less the longest step's words, the captions and the table; the first page holds the handout's title too.
 */
const PICTURE_HEIGHT = 430;
const FIRST_PICTURE_HEIGHT = 350;

/** One step of the handout: its words, the scenario it shows, and that scenario laid out for the page. */
export interface HandoutPage {
  readonly number: number;
  readonly step: StoryStep;
  readonly scenario: Scenario;
  /** The sides the pictures and figures show, in the page's order. */
  readonly sides: readonly Side[];
  /** Null when the pictures' code has not arrived: the page shows its words and figures alone. */
  readonly stage: Stage | null;
  /** Where a step without a scenario of its own got the one it shows. */
  readonly whose: string | null;
}

/** "Your turn" has no scenario of its own: it shows the one on the page (what the reader built), or the first step's. */
function readersScenario(state: Store): { scenario: Scenario; refusals: Partial<Record<Side, Refusal>>; whose: string } {
  const built = Object.values(state.scenario.hosts).some((host) => host.workloads.length > 0);
  if (!built) {
    const first = scenarioFromSpec(STEPS[0]!.spec!);
    return { ...first, whose: 'Nothing was built on the page yet, so this is the first step’s scenario, to start from.' };
  }
  const changed = state.step === STEPS.length - 1 || state.past.length > 0;
  return {
    scenario: state.scenario,
    refusals: state.outcome?.refusals ?? {},
    whose: changed
      ? 'The scenario built on the page when this handout was printed.'
      : `The scenario open on the page when this handout was printed: step ${state.step + 1}’s.`,
  };
}

/** Every step as a page, each scenario built by the model as a reader's clicks would build it. */
export function handoutPages(state: Store, code: SceneCode | null): HandoutPage[] {
  return STEPS.map((step, index) => {
    const own = step.spec ? { ...scenarioFromSpec(step.spec), whose: null } : readersScenario(state);
    const sides = stillSides(shownBy(step.view));
    const width = sides.length > 1 ? Math.floor((PAGE_WIDTH - COLUMN_GAP) / 2) : PAGE_WIDTH;
    const budget = index === 0 ? FIRST_PICTURE_HEIGHT : PICTURE_HEIGHT;
    const stage = code ? layOutStill(code, { scenario: own.scenario, refusals: own.refusals, view: step.view, width, budget }) : null;
    return { number: index + 1, step, scenario: own.scenario, sides, stage, whose: own.whose };
  });
}
