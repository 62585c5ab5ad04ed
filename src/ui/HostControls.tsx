import {
  GUEST_OS_IDS,
  GUEST_OSES,
  guestFootprint,
  HARDWARE_PRESET_IDS,
  HARDWARE_PRESETS,
  formatDisk,
  formatMemory,
  type HypervisorType,
} from '../model/index.ts';
import { selectFacts, selectGuestOs, selectHardware, selectHypervisor, selectOptimisations, selectView } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';
import type { View } from '../store/types.ts';

const VIEW_LABELS: Record<View, string> = {
  both: 'Side by side',
  vms: 'VMs only',
  containers: 'Containers only',
  nested: 'Docker inside a VM',
  microvms: 'MicroVMs',
};

const HYPERVISOR_LABELS: Record<HypervisorType, string> = {
  'type-1': 'Type 1: on the hardware',
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
                {GUEST_OSES[id].name} ({GUEST_OSES[id].example}, {formatMemory(guestFootprint(facts, id).total)} resident)
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
      <VmOptimisationsGroup />
    </div>
  );
}

/** What a host of VMs can do to narrow the gap: two switches, off by default, with what each costs. */
function VmOptimisationsGroup() {
  const optimisations = useStore(selectOptimisations);
  const facts = useStore(selectFacts);
  const { setOptimisation } = useStore.getState();
  return (
    <fieldset className="setting vm-optimisations">
      <legend className="setting-label">VM optimisations</legend>
      <label className="check-option">
        <input type="checkbox" checked={optimisations.mergePages} onChange={(event) => setOptimisation('mergePages', event.target.checked)} />
        <span>
          <strong>Merge identical pages (KSM)</strong>: the host kernel finds memory pages that are the same in several VMs
          and keeps one copy, saving up to {facts.mergedPagesPercent}% (Barker et al., USENIX ATC ’12). It was built for
          KVM hosts “to fit more virtual machines into physical memory”; its scans cost CPU time (“some installations
          will disable KSM for that reason”: kernel docs, admin-guide/mm/ksm), and shared pages can leak what a neighbour
          holds through timing, since writing to one takes longer (“Security implications of memory deduplication in a
          virtualized environment”, DSN 2013).
        </span>
      </label>
      <label className="check-option">
        <input type="checkbox" checked={optimisations.linkedClones} onChange={(event) => setOptimisation('linkedClones', event.target.checked)} />
        <span>
          <strong>Linked clones</strong>: every VM’s thin disk is a qcow2 image whose backing file is one shared, read-only
          base image, and it “will record only the differences” (QEMU’s qemu-img docs), as clones of one template do. The
          VMs’ counterpart of image layers, chosen when a disk is created; the base must then never change.
        </span>
      </label>
    </fieldset>
  );
}
