import { AddWorkloads } from './AddWorkloads.tsx';
import { CostLedger } from './CostLedger.tsx';
import { HistoryControls } from './HistoryControls.tsx';
import { Narration } from './Narration.tsx';
import { Scenes } from './Scenes.tsx';
import { WorkloadList } from './WorkloadList.tsx';

/** The page: the claim, the mapping said plainly, the controls and the costs counted both ways. */
export function App() {
  return (
    <div className="app">
      <header className="masthead">
        <h1>Houses &amp; Apartments</h1>
        <p className="thesis">
          Containers are not lightweight virtual machines. Place the same workloads both ways and count what each costs.
        </p>
      </header>
      <main>
        <section className="mapping" aria-labelledby="mapping-heading">
          <h2 id="mapping-heading">What the picture means</h2>
          <dl>
            <div>
              <dt>A street of houses</dt>
              <dd>
                Virtual machines on a hypervisor. Each house has its own plumbing: a whole guest operating system with its
                own kernel.
              </dd>
            </div>
            <div>
              <dt>An apartment building</dt>
              <dd>
                Containers on one host. Every apartment shares the building’s plumbing: the host’s kernel, run by the
                container engine.
              </dd>
            </div>
          </dl>
        </section>
        <AddWorkloads />
        <Narration />
        <HistoryControls />
        <Scenes />
        <CostLedger />
        <WorkloadList />
      </main>
      <footer className="colophon">
        <p>
          Figures are defaults for a teaching model, not a benchmark; each has its source in the model’s facts table.
        </p>
      </footer>
    </div>
  );
}
