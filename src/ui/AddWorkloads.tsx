import { CATALOG, SIZES, WORKLOAD_KIND_IDS, formatMemory} from '../model/index.ts';
import { selectSelectedSize } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';

/** Buttons that add one workload of each kind, and the apartment size they ask for. */
export function AddWorkloads() {
  const sizeAsked = useStore(selectSelectedSize);
  const { addWorkload, selectSize } = useStore.getState();

  return (
    <div className="controls">
      <div role="group" aria-labelledby="add-heading" className="add-group">
        <h2 id="add-heading">Add a workload</h2>
        <div className="button-row">
          {WORKLOAD_KIND_IDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="add-button"
              aria-label={`Add ${CATALOG[kind].name}`}
              onClick={() => addWorkload(kind)}
            >
              <span className="add-name">{CATALOG[kind].name}</span>
              <span className="add-detail">{CATALOG[kind].software}</span>
            </button>
          ))}
        </div>
      </div>
      <div className="size-group">
        <h2 id="size-heading">Apartment size</h2>
        <div role="radiogroup" aria-labelledby="size-heading" className="button-row">
          {SIZES.map((size) => (
            <label key={size.id} className="size-option">
              <input
                type="radio"
                name="apartment-size"
                value={size.id}
                checked={sizeAsked === size.id}
                onChange={() => selectSize(size.id)}
              />
              <span>
                {size.name}
                <small>
                  {size.cpu} CPU · {formatMemory(size.memoryBytes)}
                </small>
              </span>
            </label>
          ))}
        </div>
      </div>
    </div>
  );
}
