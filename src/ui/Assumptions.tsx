import { useId, useState } from 'react';
import { whyFactValueIsInvalid, type FactGroup, type Facts } from '../model/index.ts';
import { SOURCED_FACTS, type SourcedFact } from '../model/sources.ts';
import { selectFacts } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';


const GROUPS: readonly { id: FactGroup; title: string }[] = [
  { id: 'host', title: 'The host, its hypervisor and VM sizes' },
  { id: 'engine', title: 'The container engine' },
  { id: 'guest-general', title: 'General-purpose guest OS (Ubuntu Server)' },
  { id: 'guest-minimal', title: 'Minimal guest OS (Alpine)' },
  { id: 'microvm', title: 'MicroVMs (Firecracker)' },
  { id: 'optimisations', title: 'VM optimisations (used only when switched on)' },
  { id: 'images', title: 'Official images (on-disk sizes, linux/amd64)' },
];

/** Where a figure is written, as a link a reader can follow, with the words to look for there. */
function SourceCell({ fact }: { fact: SourcedFact }) {
  const { source } = fact;
  return (
    <td className="fact-source">
      <a className="source" href={source.url} target="_blank" rel="noreferrer noopener">
        {source.title}
      </a>
      <q className="stated">{source.stated}</q>
      <span className="note">
        {fact.note} <span className="read">Read {source.read}.</span>
      </span>
    </td>
  );
}

/** A slider's upper end: generous around the default, never past the allowed maximum. */
function sliderMax(fact: SourcedFact): number {
  return Math.min(fact.max, Math.max(fact.defaultValue * 4, fact.min + 10));
}

function stepOf(fact: SourcedFact): number {
  if (fact.unit === 's' || fact.defaultValue < 10) return 0.1;
  return 1;
}

/** One figure: typed or dragged, validated before it reaches the model, with its source beside it. */
function FactRow({ fact, value }: { fact: SourcedFact; value: number }) {
  const { setFact } = useStore.getState();
  const [draft, setDraft] = useState<string | null>(null);
  const errorId = useId();
  const shown = draft ?? String(value);
  const problem = draft === null ? null : draft.trim() === '' ? `${fact.label} needs a number.` : whyFactValueIsInvalid(fact.id, Number(draft));

  const commit = (text: string) => {
    setDraft(text);
    const number = Number(text);
    if (text.trim() !== '' && whyFactValueIsInvalid(fact.id, number) === null) setFact(fact.id, number);
  };

  return (
    <tr data-fact={fact.id} data-changed={value !== fact.defaultValue ? 'true' : undefined}>
      <th scope="row">{fact.label}</th>
      <td className="fact-value">
        <span className="fact-inputs">
          <input
            type="number"
            inputMode="decimal"
            aria-label={`${fact.label} (${fact.unit})`}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            value={shown}
            step="any"
            onChange={(event) => commit(event.target.value)}
            onBlur={() => setDraft(null)}
          />
          <span className="fact-unit">{fact.unit}</span>
        </span>
        <input
          type="range"
          aria-label={`${fact.label}, slider`}
          min={fact.min}
          max={sliderMax(fact)}
          step={stepOf(fact)}
          value={Math.min(value, sliderMax(fact))}
          onChange={(event) => {
            setDraft(null);
            setFact(fact.id, Number(event.target.value));
          }}
        />
        {problem ? (
          <span id={errorId} className="fact-error" role="alert">
            {problem} The figure stays at {value} {fact.unit}.
          </span>
        ) : null}
      </td>
      <SourceCell fact={fact} />
    </tr>
  );
}

/** Every figure the model computes with, its source and note, editable in place; and a way back to the defaults. */
export function Assumptions() {
  const facts: Facts = useStore(selectFacts);
  const restore = useStore.getState().restoreFactDefaults;
  const changed = SOURCED_FACTS.filter((fact) => facts[fact.id] !== fact.defaultValue).length;

  return (
    <section className="assumptions" aria-labelledby="assumptions-heading">
      <details>
        <summary>
          <h2 id="assumptions-heading">Assumptions</h2>
          <span className="summary-detail">
            every figure, where it comes from, and yours to change{changed > 0 ? ` · ${changed} changed` : ''}
          </span>
        </summary>
        <p>
          Every figure links to where it is written, with the words to look for there. They are sourced defaults for a
          teaching model, not a benchmark: measure your own. Type a figure or drag its slider and the picture and the
          costs follow at once. A figure out of its range is refused, and the old one kept.
        </p>
        <ul className="rules">
          <li>
            <strong>A VM’s memory</strong> is its guest OS’s resident memory plus the app’s, rounded up to the next VM size
            (they double from the smallest offered) and never below the guest’s smallest whole VM. What neither uses is
            still held by the VM, where its guest keeps caches; the costs show it apart. This counts what a VM is given,
            as a cloud bills it and a host is planned: a hypervisor that overcommits backs only the pages a guest has
            touched.
          </li>
          <li>
            <strong>Docker inside a VM</strong>: the one VM that holds the building is given what its guest OS, engine and
            apartments need, as a VM sized to its host would be; it is not rounded to a rented size.
          </li>
          <li>
            <strong>A microVM</strong> is sized in MiB: the minimal guest’s resident memory plus the app, at least
            Firecracker’s 128 MiB. It starts after the engine’s own work, then boots.
          </li>
          <li>
            <strong>CPU</strong>: a VM is given whole vCPUs, an apartment a share of a core; the host time-shares both on
            its cores, so promises may add up to more cores than it has.
          </li>
          <li>
            <strong>Disk</strong>: a VM stores its installed guest OS and the app on a thin disk; the size its disk is
            given is shown apart. An app installed in a VM takes the same bytes as its image’s layers above the base.
          </li>
          <li>
            <strong>Drawing</strong>: a guest’s resident memory is drawn as two equal rooms, kernel and services; the sources
            give only their sum. The example app’s own top layers (site, deps, code) and its working sets are round
            figures of this explainer, the same on both sides.
          </li>
        </ul>
        <button type="button" onClick={restore} disabled={changed === 0}>
          Restore defaults
        </button>
        {GROUPS.map((group) => (
          <div key={group.id} className="table-scroll">
            <table className="facts-table">
              <caption>{group.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Value</th>
                  <th scope="col">Source and note</th>
                </tr>
              </thead>
              <tbody>
                {SOURCED_FACTS.filter((fact) => fact.group === group.id).map((fact) => (
                  <FactRow key={fact.id} fact={fact} value={facts[fact.id]} />
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </details>
    </section>
  );
}
