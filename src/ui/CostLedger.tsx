import { memo, useDeferredValue, type ReactNode } from 'react';
import {
  CATALOG,
  fitCount,
  isWorkloadKindId,
  WORKLOAD_KIND_IDS,
  sizeToAdd,
  formatDisk,
  formatMemory,
  formatSeconds,
  sizeById,
  type Host,
  type HostCosts,
  type SizeId,
  type WorkloadKindId,
} from '../model/index.ts';
import { costsOf, selectChosenKind, selectContainers, selectSelectedSize, selectVms } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';
import { differenceInWords } from './words.ts';

type LedgerSide = 'vms' | 'containers';

/** One figure: its text for people and its plain number for scripts and tests. */
function Figure({ metric, side, value, children }: { metric: string; side: LedgerSide; value: number; children: ReactNode }) {
  return (
    <td data-metric={metric} data-side={side} data-value={value}>
      {children}
    </td>
  );
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Memory used, and what it goes to: for VMs the apps, the guest OSes and what the VMs hold beyond both. */
function MemoryCell({ side, costs }: { side: LedgerSide; costs: HostCosts }) {
  const { memory } = costs;
  return (
    <Figure metric="memory" side={side} value={memory.used}>
      <strong>{formatMemory(memory.used)}</strong> of {formatMemory(memory.capacity)}
      {side === 'vms' ? (
        <span className="breakdown">
          apps <span data-part="apps" data-value={memory.apps}>{formatMemory(memory.apps)}</span> · guest OSes{' '}
          <span data-part="guest-os" data-value={memory.guestOs}>{formatMemory(memory.guestOs)}</span> · held by the
          VMs beyond guest and app <span data-part="reserve" data-value={memory.reserve}>{formatMemory(memory.reserve)}</span>
          {memory.used > 0 ? ` (${percent(memory.reserve / memory.used)})` : ''} · hypervisor and monitor processes{' '}
          {formatMemory(memory.overhead - memory.guestOs - memory.reserve)}
          {memory.merged > 0 ? ` · page merging gave back ${formatMemory(memory.merged)}` : ''}
        </span>
      ) : (
        <span className="breakdown">
          apps <span data-part="apps" data-value={memory.apps}>{formatMemory(memory.apps)}</span> · kernel, engine and
          shims {formatMemory(memory.overhead)} ({percent(costs.overheadShare)})
        </span>
      )}
    </Figure>
  );
}

/** Disk the host stores; for VMs, also what their virtual disks are given, which thin disks do not store. */
function DiskCell({ side, costs }: { side: LedgerSide; costs: HostCosts }) {
  const { disk } = costs;
  let sharing: string;
  if (disk.shared > 0) {
    sharing = side === 'vms'
      ? `one base image ${formatDisk(disk.shared)}, linked clones (saves ${formatDisk(disk.saved)})`
      : `shared layers ${formatDisk(disk.shared)}, stored once (saves ${formatDisk(disk.saved)})`;
  } else {
    sharing = side === 'vms' ? 'each house stores its own installed OS' : 'no layer used twice yet';
  }
  return (
    <Figure metric="disk" side={side} value={disk.used}>
      <strong>{formatDisk(disk.used)}</strong> of {formatDisk(disk.capacity)}
      <span className="breakdown">
        {sharing}
        {side === 'vms' && costs.count > 0 ? (
          <>
            {' '}· thin disks promise <span data-part="allocated" data-value={disk.allocated}>{formatDisk(disk.allocated)}</span>;
            only what is written is stored
          </>
        ) : null}
      </span>
    </Figure>
  );
}

/**
 * The costs of the same workloads placed both ways, with the difference said in words. Below the stage, it follows
 * the picture: a click draws the picture first, and the table in a later pass that the next click may interrupt
 * (useDeferredValue), so a burst of clicks renders it once, not once per click.
 */
export function CostLedger() {
  const vmsHost = useDeferredValue(useStore(selectVms));
  const containersHost = useDeferredValue(useStore(selectContainers));
  const chosenKind = useDeferredValue(useStore(selectChosenKind));
  const size = useDeferredValue(useStore(selectSelectedSize));
  return <Ledger vmsHost={vmsHost} containersHost={containersHost} chosenKind={chosenKind} size={size} />;
}

interface LedgerProps {
  readonly vmsHost: Host;
  readonly containersHost: Host;
  readonly chosenKind: WorkloadKindId;
  readonly size: SizeId;
}

const Ledger = memo(function Ledger({ vmsHost, containersHost, chosenKind, size }: LedgerProps) {
  const costs: Record<LedgerSide, HostCosts> = { vms: costsOf(vmsHost), containers: costsOf(containersHost) };
  const sides: LedgerSide[] = ['vms', 'containers'];
  const { chooseKind } = useStore.getState();
  // The same size an "Add" button would use: the selected one, or larger when the app needs more.
  const fitSize = sizeToAdd(chosenKind, size);
  const fits = { vms: fitCount(vmsHost, chosenKind, fitSize), containers: fitCount(containersHost, chosenKind, fitSize) };

  return (
    <section className="ledger" aria-labelledby="costs-heading" role="region">
      <h2 id="costs-heading">Costs</h2>
      <p className="difference">{differenceInWords(costs.vms, costs.containers)}</p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">The same workloads placed as virtual machines and as containers</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Street of houses (VMs)</th>
              <th scope="col">Apartment building (containers)</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Workloads running</th>
              {sides.map((side) => (
                <Figure key={side} metric="count" side={side} value={costs[side].count}>
                  <strong>{costs[side].count}</strong>
                </Figure>
              ))}
            </tr>
            <tr>
              <th scope="row">Memory</th>
              {sides.map((side) => <MemoryCell key={side} side={side} costs={costs[side]} />)}
            </tr>
            <tr>
              <th scope="row">Disk</th>
              {sides.map((side) => <DiskCell key={side} side={side} costs={costs[side]} />)}
            </tr>
            <tr>
              <th scope="row">Start-up, all ready after</th>
              {sides.map((side) => (
                <Figure key={side} metric="startup" side={side} value={costs[side].startup.allReady}>
                  <strong>{formatSeconds(costs[side].startup.allReady)}</strong>
                  <span className="breakdown">{side === 'vms' ? 'each house boots its own OS (images already fetched)' : 'no kernel to boot (images already pulled)'}</span>
                </Figure>
              ))}
            </tr>
            <tr>
              <th scope="row">
                <label className="fit-label">
                  More of
                  <select value={chosenKind} onChange={(event) => isWorkloadKindId(event.target.value) && chooseKind(event.target.value)}>
                    {WORKLOAD_KIND_IDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {CATALOG[kind].name}
                      </option>
                    ))}
                  </select>
                </label>
                <span className="breakdown">that still fit, as a {sizeById(fitSize).name}</span>
              </th>
              {sides.map((side) => (
                <Figure key={side} metric="fit" side={side} value={fits[side]}>
                  <strong>{fits[side]}</strong>
                </Figure>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="ledger-note">
        Once running, apps run at near-native CPU and memory speed in both places: containers gave “equal or better
        performance than VM in almost all cases”, and both needed tuning for I/O-heavy work (Felter et al., IBM Research
        RC25482, 2014). VMs’ vCPUs and containers’ CPU limits both time-share the host’s cores. The difference is in what
        each place costs to hold them.
      </p>
    </section>
  );
});
