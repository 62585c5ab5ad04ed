import { formatDisk, formatMemory, formatSeconds, type Side } from '../../model/index.ts';
import { HIGHLIGHT_WORDS, STEPS } from '../../store/steps.ts';
import { costsOf } from '../../store/selectors.ts';
import { StillScene } from '../StillScene.tsx';
import { questionFor } from '../story/predictions.ts';
import { differenceInWords } from '../words.ts';
import type { HandoutPage } from './pages.ts';

/** Each side's picture, as the page names it. */
const PLACES: Readonly<Record<Side, { readonly title: string; readonly sub: string; readonly short: string }>> = {
  vms: { title: 'Street of houses', sub: 'virtual machines, each with its own guest OS', short: 'Houses (VMs)' },
  containers: { title: 'Apartment building', sub: 'containers on one shared kernel', short: 'Apartments (containers)' },
  nested: { title: 'Docker inside a VM', sub: 'one house with an apartment building inside it', short: 'Docker inside a VM' },
  microvms: { title: 'Row of microVMs', sub: 'a studio house for each app', short: 'MicroVMs' },
};

/** One side's picture, captioned as the page names it; without the drawing code, its figures stand alone. */
function Picture({ page, side }: { page: HandoutPage; side: Side }) {
  const host = page.scenario.hosts[side];
  return (
    <figure className="handout-picture" data-side={side}>
      <figcaption>
        <strong>{PLACES[side].title}</strong>: {PLACES[side].sub}, on the {host.hardware.name.toLowerCase()}
      </figcaption>
      {page.stage ? (
        <StillScene side={side} stage={page.stage} host={host} highlight={page.step.highlight} />
      ) : (
        <p className="handout-missing">The picture’s drawing code did not arrive; the figures below are right.</p>
      )}
    </figure>
  );
}

/** The step's key figures, side by side: the ledger's figures, worded as the page words them. */
function KeyFigures({ page }: { page: HandoutPage }) {
  const costs = page.sides.map((side) => ({ side, costs: costsOf(page.scenario.hosts[side]) }));
  const rows: readonly { readonly name: string; readonly cell: (c: (typeof costs)[number]['costs']) => string }[] = [
    { name: 'Workloads running', cell: (c) => String(c.count) },
    { name: 'Memory used', cell: (c) => `${formatMemory(c.memory.used)} of ${formatMemory(c.memory.capacity)}` },
    { name: 'Memory free', cell: (c) => formatMemory(c.memory.free) },
    { name: 'Disk stored', cell: (c) => `${formatDisk(c.disk.used)} of ${formatDisk(c.disk.capacity)}` },
    { name: 'Start-up, all ready after', cell: (c) => formatSeconds(c.startup.allReady) },
  ];
  const of = (side: Side) => costs.find((entry) => entry.side === side)?.costs;
  const vms = of('vms');
  const containers = of('containers');
  return (
    <div className="handout-figures">
      <table>
        <caption>Key figures</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {costs.map(({ side }) => (
              <th key={side} scope="col">
                {PLACES[side].short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              {costs.map(({ side, costs: c }) => (
                <td key={side}>{row.cell(c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {vms && containers ? <p className="handout-difference">{differenceInWords(vms, containers)}</p> : null}
    </div>
  );
}

/**
 * A step's "Your guess", put on paper before its words, which hold the answer: a question to answer on the sheet,
 * as the class would on the screen, with a box to tick for each choice.
 */
function Guess({ page }: { page: HandoutPage }) {
  const kind = page.step.prediction;
  const { vms, containers } = page.scenario.hosts;
  const question = kind ? questionFor(kind, { vms, containers }) : null;
  if (!question) return null;
  return (
    <div className="handout-guess">
      <p>
        <strong>Your guess, before you read on:</strong> {question.legend}
      </p>
      <ul>
        {question.choices.map((choice) => (
          <li key={choice}>{choice}</li>
        ))}
      </ul>
    </div>
  );
}

/** One step on a page of its own: where it stands in the story, its words, its pictures and its figures. */
export function HandoutStep({ page }: { page: HandoutPage }) {
  const { step, number } = page;
  const id = `handout-step-${number}`;
  return (
    <section className="handout-page" aria-labelledby={id}>
      <p className="handout-count">
        Step {number} of {STEPS.length}
      </p>
      <h2 id={id}>{step.title}</h2>
      <Guess page={page} />
      <p className="handout-body">{step.body}</p>
      {page.whose ? <p className="handout-whose">{page.whose}</p> : null}
      {step.highlight ? <p className="handout-mark">{HIGHLIGHT_WORDS[step.highlight]}</p> : null}
      <div className={page.sides.length > 1 ? 'handout-pictures handout-pair' : 'handout-pictures'}>
        {page.sides.map((side) => (
          <Picture key={side} page={page} side={side} />
        ))}
      </div>
      <KeyFigures page={page} />
    </section>
  );
}
