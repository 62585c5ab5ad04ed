import { memo, useDeferredValue } from 'react';
import { CATALOG, SIZES, allWorkloadIds, isSizeId, type Scenario, type Workload } from '../model/index.ts';
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

/** One row; a row whose workload and place are unchanged is not rendered again. */
const WorkloadRow = memo(function WorkloadRow({ workload, where, sides }: { workload: Workload; where: string; sides: string }) {
  const { removeWorkload, resizeWorkload } = useStore.getState();
  return (
    <li data-workload-id={workload.id} data-sides={sides}>
      <span className="workload-name">{workload.label}</span>
      <span className="workload-where">
        {CATALOG[workload.kind].software}; {where}
      </span>
      <label className="workload-size">
        <span className="visually-hidden">Size of {workload.label}</span>
        <select
          value={workload.size}
          onChange={(event) => {
            if (isSizeId(event.target.value)) resizeWorkload(workload.id, event.target.value);
          }}
        >
          {SIZES.map((size) => (
            <option key={size.id} value={size.id}>
              {size.name}
            </option>
          ))}
        </select>
      </label>
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
