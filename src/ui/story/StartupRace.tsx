import { useLayoutEffect, useRef } from 'react';
import { formatSeconds, type HostCosts } from '../../model/index.ts';
import { realSecondsAt } from '../../scenes/timing.ts';
import { costsOf, selectContainers, selectDuration, selectMicrovms, selectRaceStartedAt, selectVms } from '../../store/selectors.ts';
import { useStore } from '../../store/store.ts';

function readyCount(perWorkload: Readonly<Record<string, number>>, at: number): number {
  let ready = 0;
  for (const id in perWorkload) if ((perWorkload[id] ?? Infinity) <= at) ready += 1;
  return ready;
}

type Sides = readonly (readonly [HostCosts, HTMLElement | null])[];

/** The clock and the counts at `real` seconds (null: not started), written only where their words changed. */
function showRace(clock: HTMLElement | null, sides: Sides, real: number | null): void {
  const write = (element: HTMLElement | null, text: string) => {
    if (element && element.textContent !== text) element.textContent = text;
  };
  write(clock, real === null ? '—' : formatSeconds(real));
  for (const [costs, count] of sides) write(count, real === null ? '—' : `${readyCount(costs.startup.perWorkload, real)} of ${costs.count}`);
}

/**
 * Starts every workload at once on both sides and keeps a clock of real seconds while the scenes replay the
 * move-in: the apartments fill while the houses are still being built.
 *
 * The clock ticks every frame of the race, so it does not go through React: a frame writes the few words that
 * changed into boxes of fixed width (story.css), and React renders only when the race starts or the hosts change.
 */
export function StartupRace() {
  const vms = costsOf(useStore(selectVms));
  const containers = costsOf(useStore(selectContainers));
  const microvms = costsOf(useStore(selectMicrovms));
  const duration = useStore(selectDuration);
  const startedAt = useStore(selectRaceStartedAt);
  const { startRace } = useStore.getState();
  const finish = Math.max(vms.startup.allReady, containers.startup.allReady, microvms.startup.allReady);
  const clock = useRef<HTMLElement>(null);
  const counts = { containers: useRef<HTMLSpanElement>(null), vms: useRef<HTMLSpanElement>(null), microvms: useRef<HTMLSpanElement>(null) };
  const { containers: containerCount, vms: vmCount, microvms: microvmCount } = counts;

  useLayoutEffect(() => {
    const sides: Sides = [[containers, containerCount.current], [vms, vmCount.current], [microvms, microvmCount.current]];
    // Without motion, the race is over as soon as it starts.
    if (startedAt === null || duration === 0) {
      showRace(clock.current, sides, startedAt === null ? null : finish);
      return;
    }
    let frame = 0;
    const tick = (time: number) => {
      const real = Math.min(finish, realSecondsAt(Math.max(0, time - startedAt), duration));
      showRace(clock.current, sides, real);
      if (real < finish) frame = requestAnimationFrame(tick);
    };
    showRace(clock.current, sides, 0);
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [startedAt, duration, finish, vms, containers, microvms, containerCount, vmCount, microvmCount]);

  const count = containers.count;
  const side = (key: keyof typeof counts, title: string, costs: HostCosts) => (
    <div data-race-side={key}>
      <dt>{title}</dt>
      <dd>
        <span className="race-count" data-digits={Math.min(4, String(costs.count).length)} ref={counts[key]} /> · all after <strong>{formatSeconds(costs.startup.allReady)}</strong>
      </dd>
    </div>
  );

  return (
    <div className="activity race">
      <button type="button" className="primary" onClick={() => startRace(performance.now())} disabled={count === 0}>
        {startedAt === null ? `Start all ${count} workloads` : 'Start again'}
      </button>
      <p className="race-clock" aria-live="off">
        Real time: <strong data-race-clock ref={clock} />
      </p>
      <dl className="race-results">
        {side('containers', 'Apartments ready', containers)}
        {side('vms', 'Houses ready', vms)}
        {side('microvms', 'MicroVMs ready (not drawn here)', microvms)}
      </dl>
    </div>
  );
}

/** What the race's clocks count and leave out: said beneath the picture, so the race and the picture share the screen. */
export function RaceTerms() {
  return (
    <p className="race-terms">
      What the clocks count: a house boots a stock Ubuntu cloud image on KVM (7–9 s on a bare-metal host, Depot’s
      measurement), then starts its app. An apartment is a <code>docker run</code> (about 0.5 s on a desktop CPU, 1.3 s
      on a 2-vCPU cloud VM: moby/moby#38077), then its app. A microVM adds Firecracker’s boot, 125 ms or less. Not
      counted: fetching images, and creating a cloud instance, quoted at “several minutes, or at best, several tens of
      seconds” (Razavi et al., ICDCS 2015). The apps’ own start times are this explainer’s example figures.
    </p>
  );
}
