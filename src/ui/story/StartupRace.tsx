import { useLayoutEffect, useRef, type RefObject } from 'react';
import { formatSeconds, type HostCosts } from '../../model/index.ts';
import { realSecondsAt } from '../../scenes/timing.ts';
import { costsOf, selectContainers, selectDuration, selectMicrovms, selectRaceStartedAt, selectRevealed, selectVms } from '../../store/selectors.ts';
import { useStore } from '../../store/store.ts';

/** One side of the race: its ready times in order, how many of them have passed, and the box that says so. */
interface RaceSide {
  readonly times: readonly number[];
  readonly count: HTMLElement | null;
  ready: number;
}

function raceSide(costs: HostCosts, count: HTMLElement | null): RaceSide {
  return { times: Object.values(costs.startup.perWorkload).sort((a, b) => a - b), count, ready: 0 };
}

/**
 * The clock and the counts at `real` seconds (null: not started), written only where their words changed. Time only
 * moves on, so each side's count moves on through its sorted times: a frame reads the few that passed, not all.
 */
function showRace(clock: HTMLElement | null, sides: readonly RaceSide[], real: number | null): void {
  const write = (element: HTMLElement | null, text: string) => {
    if (element && element.textContent !== text) element.textContent = text;
  };
  write(clock, real === null ? '—' : formatSeconds(real));
  for (const side of sides) {
    while (real !== null && side.ready < side.times.length && side.times[side.ready]! <= real) side.ready += 1;
    write(side.count, real === null ? '—' : `${side.ready} of ${side.times.length}`);
  }
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
  // The results would answer the step's question ("Your guess") before it is asked: they stand once the race has
  // started or the question is answered.
  const revealed = useStore(selectRevealed);
  const resultsShown = startedAt !== null || revealed;
  const { startRace } = useStore.getState();
  const finish = Math.max(vms.startup.allReady, containers.startup.allReady, microvms.startup.allReady);
  const clock = useRef<HTMLElement>(null);
  const containerCount = useRef<HTMLSpanElement>(null);
  const vmCount = useRef<HTMLSpanElement>(null);
  const microvmCount = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    const sides = [raceSide(containers, containerCount.current), raceSide(vms, vmCount.current), raceSide(microvms, microvmCount.current)];
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
  }, [startedAt, duration, finish, vms, containers, microvms, resultsShown]);

  const count = containers.count;
  const side = (key: string, title: string, costs: HostCosts, count: RefObject<HTMLSpanElement | null>) => (
    <div data-race-side={key}>
      <dt>{title}</dt>
      <dd>
        <span className="race-count" data-digits={Math.min(4, String(costs.count).length)} ref={count} /> · all after <strong>{formatSeconds(costs.startup.allReady)}</strong>
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
      {resultsShown ? (
        <dl className="race-results">
          {side('containers', 'Apartments ready', containers, containerCount)}
          {side('vms', 'Houses ready', vms, vmCount)}
          {side('microvms', 'MicroVMs ready (not drawn here)', microvms, microvmCount)}
        </dl>
      ) : null}
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
