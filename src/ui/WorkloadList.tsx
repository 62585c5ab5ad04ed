import { memo, useDeferredValue, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { CATALOG, SIZES, allWorkloadIds, sizeById, type Scenario, type Workload } from '../model/index.ts';
import { selectScenario } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';

interface Row {
  readonly workload: Workload;
  readonly inStreet: boolean;
  readonly inBuilding: boolean;
  /** The sides it runs on, for tests and scripts: `vms containers nested microvms`, or fewer. */
  readonly sides: string;
}

/** Every workload on either side, once, saying where it runs: a full street leaves some in the building alone. */
function rowsOf(scenario: Scenario): Row[] {
  const { vms, containers, nested, microvms } = scenario.hosts;
  // Maps, not a search per row: a cloud host lists a thousand workloads.
  const byId = (workloads: readonly Workload[]) => new Map(workloads.map((w) => [w.id, w]));
  const [street, building, inside, row] = [byId(vms.workloads), byId(containers.workloads), byId(nested.workloads), byId(microvms.workloads)];
  return allWorkloadIds(scenario).flatMap((id) => {
    const workload = building.get(id) ?? street.get(id) ?? inside.get(id) ?? row.get(id);
    if (!workload) return [];
    const sides = [street.has(id) && 'vms', building.has(id) && 'containers', inside.has(id) && 'nested', row.has(id) && 'microvms']
      .filter(Boolean)
      .join(' ');
    return [{ workload, inStreet: street.has(id), inBuilding: building.has(id), sides }];
  });
}

function whereItRuns(row: Row): string {
  if (row.inStreet && row.inBuilding) return 'a house and an apartment';
  if (row.inBuilding) return 'an apartment only: no land left for its house';
  if (row.inStreet) return 'a house only: no room left in the building';
  // The Docker VM's building or the row of microVMs can take a tenant after both the street and the building said no.
  const elsewhere = [row.sides.includes('nested') && 'Docker inside the VM', row.sides.includes('microvms') && 'a microVM'].filter(Boolean);
  return `${elsewhere.join(' and ')} only: no room in the street or the building`;
}

/**
 * A workload's size: a button that says it and unfolds the four sizes as radio buttons. Not a `<select>`: Chromium's
 * autofill examines the page's forms after every select that appears, which forced a layout of the whole page and
 * took more than any other part of an add while a class clicked Add ten times a second; radio buttons drawn only
 * while the choice is open cost it nothing. Choosing a size resizes at once (a refusal leaves the old one chosen);
 * Escape, the button again or leaving the choice folds it.
 */
function SizePicker({ workload }: { workload: Workload }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const choices = useId();
  const { name } = sizeById(workload.size);
  const fold = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // The presenter's keys do not also take this Escape.
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  const leave = (event: FocusEvent) => {
    if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };
  return (
    <div className="workload-size" onKeyDown={fold} onBlur={leave}>
      <button
        ref={button}
        type="button"
        aria-label={`Size of ${workload.label}: ${name}`}
        aria-expanded={open}
        aria-controls={open ? choices : undefined}
        onClick={() => setOpen(!open)}
      >
        {name}
        <span aria-hidden="true" className="workload-size-mark">
          {open ? ' ▴' : ' ▾'}
        </span>
      </button>
      {open ? (
        <fieldset id={choices} className="workload-sizes">
          <legend className="visually-hidden">Size of {workload.label}</legend>
          {SIZES.map((size) => (
            <label key={size.id} className="size-option">
              <input
                type="radio"
                name={choices}
                value={size.id}
                checked={workload.size === size.id}
                onChange={() => useStore.getState().resizeWorkload(workload.id, size.id)}
              />
              {size.name}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}

/** One row; a row whose workload and place are unchanged is not rendered again. */
const WorkloadRow = memo(function WorkloadRow({ workload, where, sides }: { workload: Workload; where: string; sides: string }) {
  const { removeWorkload } = useStore.getState();
  return (
    <li data-workload-id={workload.id} data-sides={sides}>
      <span className="workload-name">{workload.label}</span>
      <span className="workload-where">
        {CATALOG[workload.kind].software}; {where}
      </span>
      <SizePicker workload={workload} />
      <button type="button" onClick={() => removeWorkload(workload.id)} aria-label={`Remove ${workload.label}`}>
        Remove
      </button>
    </li>
  );
});

/**
 * The running workloads, each with its size and a Remove button. Below the stage, it follows the picture in a later
 * pass that the next click may interrupt (useDeferredValue), as the costs table does.
 */
export function WorkloadList() {
  return <Workloads scenario={useDeferredValue(useStore(selectScenario))} />;
}

const Workloads = memo(function Workloads({ scenario }: { scenario: Scenario }) {
  const rows = rowsOf(scenario);

  return (
    <section className="workloads" aria-labelledby="workloads-heading">
      <h2 id="workloads-heading">Workloads</h2>
      {rows.length === 0 ? (
        <p className="empty">Nothing runs yet. Add a workload above.</p>
      ) : (
        <ul aria-labelledby="workloads-heading">
          {rows.map((row) => (
            <WorkloadRow key={row.workload.id} workload={row.workload} where={whereItRuns(row)} sides={row.sides} />
          ))}
        </ul>
      )}
    </section>
  );
});
