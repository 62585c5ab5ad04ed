import { selectBreach, selectContainers, selectRevealed, selectVms } from '../../store/selectors.ts';
import { useStore } from '../../store/store.ts';

/** The middle grounds between a shared kernel and a house per tenant: shown under the picture in this step. */
export function MiddleGrounds() {
  return (
    <section className="middle-grounds" aria-labelledby="middle-grounds-heading">
      <h2 id="middle-grounds-heading">Middle grounds: isolation against density</h2>
      <ul>
        <li>
          <strong>gVisor</strong> puts an application kernel, written in Go and run in user space, between each container
          and the host kernel, so that one flaw in the shared kernel is no longer enough (gVisor README).
        </li>
        <li>
          <strong>Kata Containers</strong> runs each container (or pod) in a lightweight VM with its own kernel: a
          hypervisor boundary, driven with container tooling.
        </li>
        <li>
          <strong>Firecracker microVMs</strong> strip the house to its frame: up to 125 ms to guest init and at most 5 MiB
          of monitor overhead per VM, for a 1-vCPU, 128 MiB guest with a minimal kernel (Firecracker specification). AWS
          runs Lambda and Fargate on it (Agache et al., NSDI 2020); Lambda had begun with one EC2 VM per customer
          (Firecracker FAQ). Choose MicroVMs under Show to see a row of them beside the building.
        </li>
      </ul>
      <p>Each moves a step from density towards isolation; none is free.</p>
    </section>
  );
}

/** One tenant compromised: what it can reach through a shared kernel, and what a hypervisor keeps out. */
export function UnwantedGuests() {
  const containers = useStore(selectContainers).workloads;
  const vms = useStore(selectVms).workloads;
  const breachId = useStore(selectBreach);
  // Once the step's question is answered, its answer says what the attack reached: said once, not twice.
  const answered = useStore(selectRevealed);
  const { setBreach } = useStore.getState();
  const target = containers[0];

  return (
    <div className="activity guests">
      {target ? (
        <button type="button" className="primary" aria-pressed={breachId !== null} onClick={() => setBreach(breachId ? null : target.id)}>
          {breachId ? 'Send the attacker away' : `Let an attacker into ${target.label}`}
        </button>
      ) : null}
      {breachId && !answered ? (
        <p className="breach-result" role="status">
          In the building, a kernel flaw exploited from {target?.label} reaches all {containers.length} apartments: they
          share that kernel. In the street, one house is compromised and the hypervisor keeps the other {Math.max(0, vms.length - 1)} apart.
        </p>
      ) : null}
    </div>
  );
}
