import { selectControls, selectEmbedded } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';
import { AddWorkloads } from './AddWorkloads.tsx';
import { HistoryControls } from './HistoryControls.tsx';
import { Narration } from './Narration.tsx';
import { LinkNotice } from './LinkNotice.tsx';
import { KeysButton, Presenter } from './Presenter.tsx';
import { Scenes } from './Scenes.tsx';
import { StoryPanel } from './story/StoryPanel.tsx';
import { OpenFullVersion, useEmbedResize } from './Embedding.tsx';
import { Assumptions, CostLedger, HostControls, ShareTools, WorkloadList } from './later.ts';
import { useAddressBar } from './addressBar.ts';

/** The page's title and claim, with the share tools. */
function MastheadContent() {
  return (
    <>
      <h1>Houses &amp; Apartments</h1>
      <p className="thesis">
        Containers are not lightweight virtual machines. A virtual machine is a house with its own plumbing; a container is
        an apartment sharing the building’s.
      </p>
      <ShareTools />
      <KeysButton />
    </>
  );
}

/** The page: the claim, the story beside the picture, then the controls, the costs and the figures behind them. */
export function App() {
  useAddressBar();
  useEmbedResize();
  const embedded = useStore(selectEmbedded);
  const controls = useStore(selectControls);
  return (
    <div className="app" data-embedded={embedded ? 'true' : undefined} data-controls={controls}>
      {/* Embedded, the host page has its own banner: the masthead is a plain box at the top of the main content. */}
      {embedded ? null : (
        <header className="masthead">
          <MastheadContent />
        </header>
      )}
      <main>
        {embedded ? (
          <div className="masthead">
            <MastheadContent />
          </div>
        ) : null}
        <OpenFullVersion />
        <LinkNotice />
        <StoryPanel />
        <Scenes />
        <section className="play" aria-labelledby="play-heading">
          <h2 id="play-heading" className="visually-hidden">Change the scenario</h2>
          <AddWorkloads />
          <Narration />
          <HistoryControls />
          <HostControls />
        </section>
        <CostLedger />
        <WorkloadList />
        <Assumptions />
        <section className="mapping" aria-labelledby="mapping-heading">
          <h2 id="mapping-heading">The analogy, said plainly</h2>
          <dl>
            <div>
              <dt>A street of houses</dt>
              <dd>
                One machine running a hypervisor with several virtual machines. Each house has its own plumbing: a whole
                guest operating system with its own kernel, services and userland, in a VM of a fixed size. A type-1
                hypervisor runs on the hardware with a management domain beside the guests (Xen’s dom0, Hyper-V’s root
                partition; KVM makes Linux itself the hypervisor); a type-2 hypervisor is a program on a host OS.
              </dd>
            </div>
            <div>
              <dt>An apartment building</dt>
              <dd>
                One machine running a container engine. Every apartment shares the building’s plumbing: the host’s one
                kernel. Apartment sizes are cgroup limits; the doors are namespaces.
              </dd>
            </div>
          </dl>
        </section>
      </main>
      <Presenter />
      <footer className="colophon">
        <p>
          Figures are sourced defaults for a teaching model, not a benchmark; each one links to where it is written, in
          the assumptions above. Sources include the Firecracker specification, Docker’s documentation, docker-library’s
          published image sizes, Ubuntu Server’s system requirements, XenServer’s and the Linux kernel’s documentation,
          and papers from USENIX ATC, NSDI and IBM Research.
        </p>
      </footer>
    </div>
  );
}
