import { CATALOG, SIZES, allWorkloadIds, isSizeId, type Scenario, type Workload } from '../model/index.ts';
import { selectScenario } from '../store/selectors.ts';
import { useLessonStore } from '../store/store.ts';

interface Row {
  readonly workload: Workload;
  readonly inStreet: boolean;
  readonly inBuilding: boolean;
}

/** Every workload on either side, once, saying where it runs: a full street leaves some in the building alone. */
function rowsOf(scenario: Scenario): Row[] {
  const { vms, containers, nested } = scenario.hosts;
  return allWorkloadIds(scenario).flatMap((id) => {
    const workload =
      containers.workloads.find((w) => w.id === id) ?? vms.workloads.find((w) => w.id === id) ?? nested.workloads.find((w) => w.id === id);
    if (!workload) return [];
    return [{ workload, inStreet: vms.workloads.some((w) => w.id === id), inBuilding: containers.workloads.some((w) => w.id === id) }];
  });
}

function whereItRuns(row: Row): string {
  if (row.inStreet && row.inBuilding) return 'a house and an apartment';
  if (row.inBuilding) return 'an apartment only: no land left for its house';
  if (row.inStreet) return 'a house only: no room left in the building';
  // The Docker VM's smaller building can take a tenant after both the street and the building said no.
  return 'Docker inside the VM only: no room in the street or the building';
}

/** The running workloads, each with its size and a Remove button. */
export function WorkloadList() {
  const scenario = useLessonStore(selectScenario);
  const removeWorkload = useLessonStore((state) => state.removeWorkload);
  const resizeWorkload = useLessonStore((state) => state.resizeWorkload);
  const rows = rowsOf(scenario);

  return (
    <section className="workloads" aria-labelledby="workloads-heading">
      <h2 id="workloads-heading">Workloads</h2>
      {rows.length === 0 ? (
        <p className="empty">Nothing runs yet. Add a workload above.</p>
      ) : (
        <ul aria-labelledby="workloads-heading">
          {rows.map((row) => (
            <li key={row.workload.id} data-workload-id={row.workload.id}>
              <span className="workload-name">{row.workload.label}</span>
              <span className="workload-where">
                {CATALOG[row.workload.kind].software}; {whereItRuns(row)}
              </span>
              <label className="workload-size">
                <span className="visually-hidden">Size of {row.workload.label}</span>
                <select
                  value={row.workload.size}
                  onChange={(event) => {
                    if (isSizeId(event.target.value)) resizeWorkload(row.workload.id, event.target.value);
                  }}
                >
                  {SIZES.map((size) => (
                    <option key={size.id} value={size.id}>
                      {size.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" onClick={() => removeWorkload(row.workload.id)} aria-label={`Remove ${row.workload.label}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
