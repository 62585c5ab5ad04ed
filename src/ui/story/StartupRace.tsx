import { useEffect, useState } from 'react';
import { formatSeconds } from '../../model/index.ts';
import { realSecondsAt } from '../../scenes/timing.ts';
import { costsOf, selectContainers, selectDuration, selectMicrovms, selectRaceStartedAt, selectVms } from '../../store/selectors.ts';
import { useStore } from '../../store/store.ts';

function readyCount(perWorkload: Readonly<Record<string, number>>, at: number): number {
  return Object.values(perWorkload).filter((seconds) => seconds <= at).length;
}

/**
 * Starts every workload at once on both sides and keeps a clock of real seconds while the scenes replay the
 * move-in: the apartments fill while the houses are still being built.
 */
export function StartupRace() {
  const vms = costsOf(useStore(selectVms));
  const containers = costsOf(useStore(selectContainers));
  const microvms = costsOf(useStore(selectMicrovms));
  const duration = useStore(selectDuration);
  const startedAt = useStore(selectRaceStartedAt);
  const { startRace } = useStore.getState();
  const finish = Math.max(vms.startup.allReady, containers.startup.allReady, microvms.startup.allReady);
  const [now, setNow] = useState<number | null>(null);

  useEffect(() => {
    if (startedAt === null || duration === 0) return;
    let frame = 0;
    const tick = (time: number) => {
      setNow(time);
      if (realSecondsAt(time - startedAt, duration) < finish) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [startedAt, duration, finish]);

  // Without motion, the race is over as soon as it starts.
  let real: number | null = null;
  if (startedAt !== null) {
    real = duration === 0 ? finish : now === null ? 0 : Math.min(finish, realSecondsAt(Math.max(0, now - startedAt), duration));
  }
  const count = containers.count;

  return (
    <div className="activity race">
      <button type="button" className="primary" onClick={() => startRace(performance.now())} disabled={count === 0}>
        {startedAt === null ? `Start all ${count} workloads` : 'Start again'}
      </button>
      <p className="race-clock" aria-live="off">
        Real time: <strong data-race-clock>{real === null ? '—' : formatSeconds(real)}</strong>
      </p>
      <dl className="race-results">
        <div data-race-side="containers">
          <dt>Apartments ready</dt>
          <dd>
            {real === null ? '—' : `${readyCount(containers.startup.perWorkload, real)} of ${count}`} · all after{' '}
            <strong>{formatSeconds(containers.startup.allReady)}</strong>
          </dd>
        </div>
        <div data-race-side="vms">
          <dt>Houses ready</dt>
          <dd>
            {real === null ? '—' : `${readyCount(vms.startup.perWorkload, real)} of ${vms.count}`} · all after{' '}
            <strong>{formatSeconds(vms.startup.allReady)}</strong>
          </dd>
        </div>
        <div data-race-side="microvms">
          <dt>MicroVMs ready (not drawn here)</dt>
          <dd>
            {real === null ? '—' : `${readyCount(microvms.startup.perWorkload, real)} of ${microvms.count}`} · all after{' '}
            <strong>{formatSeconds(microvms.startup.allReady)}</strong>
          </dd>
        </div>
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
