import { useMemo } from 'react';
import { layerUsage, scenarioFromSpec } from '../../model/index.ts';
import { costsOf, selectScenario } from '../../store/selectors.ts';
import { STEPS } from '../../store/steps.ts';
import { useStore } from '../../store/store.ts';
import { SceneFrame } from '../SceneFrame.tsx';
import { drawBuilding, drawNested, drawStreet, useSceneCode } from '../sceneCode.ts';
import { buildingSummary, nestedSummary, streetSummary } from '../sceneText.ts';

/** The width each small picture is laid out for: its labels stay readable when the column draws it smaller. */
const PICTURE_WIDTH = 360;
/** The tallest a small picture may be laid out, so the pair fits beside the notes in a popup. */
const PICTURE_BUDGET = 170;

/**
 * The next step's picture, small: the real scenes, laid out and drawn as the page will show them on arriving there
 * (its scenario, its view, what it rings), at once. A step that keeps the reader's scenario shows the one now open.
 */
function NextPicture({ index }: { readonly index: number }) {
  const target = STEPS[index]!;
  const current = useStore(selectScenario);
  const built = useMemo(() => (target.spec ? scenarioFromSpec(target.spec) : { scenario: current, refusals: {} }), [target, current]);
  const { code } = useSceneCode();
  const { scenario, refusals } = built;
  const street = target.view === 'both' || target.view === 'vms';
  const building = target.view === 'both' || target.view === 'containers' || target.view === 'microvms';
  const nested = target.view === 'nested';
  const stage = useMemo(
    () =>
      code?.layOutStage({
        scenario,
        width: PICTURE_WIDTH,
        sizes: code.sizesInUse(scenario),
        shown: { street, building, nested, microvms: false },
        refusals,
        serial: 0,
        budget: PICTURE_BUDGET,
      }) ?? null,
    [code, scenario, refusals, street, building, nested],
  );
  const { vms, containers, nested: nestedHost } = scenario.hosts;
  return (
    <div className="speaker-pictures">
      {street ? (
        <figure>
          <figcaption>Street of houses</figcaption>
          <SceneFrame side="vms" draw={drawStreet} layout={stage?.street ?? null} duration={0} refusal={stage?.signs.vms ?? null} summary={streetSummary(costsOf(vms))} highlight={target.highlight} />
        </figure>
      ) : null}
      {building ? (
        <figure>
          <figcaption>Apartment building</figcaption>
          <SceneFrame
            side="containers"
            draw={drawBuilding}
            layout={stage?.building ?? null}
            duration={0}
            refusal={stage?.signs.containers ?? null}
            summary={buildingSummary(costsOf(containers), layerUsage(containers).length)}
            highlight={target.highlight}
          />
        </figure>
      ) : null}
      {nested ? (
        <figure>
          <figcaption>Docker inside a VM</figcaption>
          <SceneFrame side="nested" draw={drawNested} layout={stage?.nested ?? null} duration={0} refusal={stage?.signs.nested ?? null} summary={nestedSummary(costsOf(nestedHost))} highlight={target.highlight} />
        </figure>
      ) : null}
    </div>
  );
}

/** What comes after this step: its title and its picture, or the end of the story. */
export function NextStep({ step }: { readonly step: number }) {
  const next = step + 1;
  return (
    <section className="speaker-next" aria-labelledby="speaker-next-heading">
      {next < STEPS.length ? (
        <>
          <h2 id="speaker-next-heading">
            <span className="speaker-kicker">Next, step {next + 1}:</span> {STEPS[next]!.title}
          </h2>
          <NextPicture index={next} />
        </>
      ) : (
        <h2 id="speaker-next-heading">End of the story</h2>
      )}
    </section>
  );
}
