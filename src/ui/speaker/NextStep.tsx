import { useMemo } from 'react';
import { scenarioFromSpec, type Side } from '../../model/index.ts';
import { selectScenario } from '../../store/selectors.ts';
import { STEPS } from '../../store/steps.ts';
import { useStore } from '../../store/store.ts';
import { shownBy } from '../../store/types.ts';
import { useSceneCode } from '../sceneCode.ts';
import { layOutStill, StillScene, stillSides } from '../StillScene.tsx';

/** The width each small picture is laid out for: its labels stay readable when the column draws it smaller. */
const PICTURE_WIDTH = 360;
/** The tallest a small picture may be laid out, so the pair fits beside the notes in a popup. */
const PICTURE_BUDGET = 170;

/** Each side's caption above its small picture. */
const CAPTIONS: Readonly<Record<Side, string>> = {
  vms: 'Street of houses',
  microvms: 'Row of microVMs',
  containers: 'Apartment building',
  nested: 'Docker inside a VM',
};

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
  const stage = useMemo(
    () => (code ? layOutStill(code, { scenario, refusals, view: target.view, width: PICTURE_WIDTH, budget: PICTURE_BUDGET }) : null),
    [code, scenario, refusals, target.view],
  );
  if (!stage) return null;
  return (
    <div className="speaker-pictures">
      {stillSides(shownBy(target.view)).map((side) => (
        <figure key={side}>
          <figcaption>{CAPTIONS[side]}</figcaption>
          <StillScene side={side} stage={stage} host={scenario.hosts[side]} highlight={target.highlight} />
        </figure>
      ))}
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
