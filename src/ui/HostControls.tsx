import {
  GUEST_OS_IDS,
  GUEST_OSES,
  guestMemory,
  HARDWARE_PRESET_IDS,
  HARDWARE_PRESETS,
  formatDisk,
  formatMemory,
  type HypervisorType,
} from '../model/index.ts';
import { selectFacts, selectGuestOs, selectHardware, selectHypervisor, selectView } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';
import type { View } from '../store/types.ts';

const VIEW_LABELS: Record<View, string> = {
  both: 'Side by side',
  vms: 'VMs only',
  containers: 'Containers only',
  nested: 'Docker inside a VM',
};

const HYPERVISOR_LABELS: Record<HypervisorType, string> = {
  'type-1': 'Type 1: on bare metal',
  'type-2': 'Type 2: on a host OS',
};

/** A group of radio buttons with a visible heading as its name. */
function RadioGroup<T extends string>({ id, label, options, value, onChange }: {
  id: string;
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div className="setting">
      <span id={id} className="setting-label">{label}</span>
      <div role="radiogroup" aria-labelledby={id} className="button-row">
        {options.map((option) => (
          <label key={option.value} className="size-option">
            <input type="radio" name={id} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}

/** The machine, the hypervisor, the guest OS and which places to show. */
export function HostControls() {
  const hardware = useStore(selectHardware);
  const guestOs = useStore(selectGuestOs);
  const hypervisor = useStore(selectHypervisor);
  const facts = useStore(selectFacts);
  const view = useStore(selectView);
  const { setHardware, setGuestOs, setHypervisor, setView } = useStore.getState();

  return (
    <div className="host-controls">
      <RadioGroup
        id="view-heading"
        label="Show"
        options={(Object.keys(VIEW_LABELS) as View[]).map((value) => ({ value, label: VIEW_LABELS[value] }))}
        value={view}
        onChange={setView}
      />
      <div className="setting-row">
        <label className="setting">
          <span className="setting-label">Machine</span>
          <select value={hardware} onChange={(event) => setHardware(event.target.value)}>
            {HARDWARE_PRESET_IDS.map((id) => {
              const preset = HARDWARE_PRESETS[id];
              return (
                <option key={id} value={id}>
                  {preset.name}: {preset.cores} cores, {formatMemory(preset.memoryBytes)}, {formatDisk(preset.diskBytes)}
                </option>
              );
            })}
          </select>
        </label>
        <label className="setting">
          <span className="setting-label">Guest OS in each VM</span>
          <select value={guestOs} onChange={(event) => setGuestOs(event.target.value)}>
            {GUEST_OS_IDS.map((id) => (
              <option key={id} value={id}>
                {GUEST_OSES[id].name} ({GUEST_OSES[id].example}, {formatMemory(guestMemory(facts, id).total)})
              </option>
            ))}
          </select>
        </label>
      </div>
      <RadioGroup
        id="hypervisor-heading"
        label="Hypervisor"
        options={(['type-1', 'type-2'] as const).map((value) => ({ value, label: HYPERVISOR_LABELS[value] }))}
        value={hypervisor}
        onChange={setHypervisor}
      />
    </div>
  );
}
