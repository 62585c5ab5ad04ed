import { useEffect, useState } from 'react';
import { formatSeconds } from '../../model/index.ts';
import { realSecondsAt } from '../../scenes/timing.ts';
import { costsOf, selectContainers, selectDuration, selectRaceStartedAt, selectVms } from '../../store/selectors.ts';
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
  const duration = useStore(selectDuration);
  const startedAt = useStore(selectRaceStartedAt);
  const { startRace } = useStore.getState();
  const finish = Math.max(vms.startup.allReady, containers.startup.allReady);
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
      </dl>
    </div>
  );
}
