import { memo, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import {
  formatDisk,
  formatMemory,
  formatSeconds,
  layerUsage,
  SIDES,
  type Host,
} from '../model/index.ts';
import { LABEL_SIZE } from '../layout/text.ts';
import {
  costsOf,
  selectActivity,
  selectAnimate,
  selectBreach,
  selectControls,
  selectDuration,
  selectEmbedded,
  selectHighlight,
  selectOutcome,
  selectRace,
  selectScenario,
  selectStep,
  selectTheme,
  selectView,
} from '../store/selectors.ts';
import { useStore } from '../store/store.ts';
import { shownBy } from '../store/types.ts';
import { DownloadPicture, Legend, MiddleGrounds, RaceTerms, SceneNote } from './later.ts';
import { SceneFrame } from './SceneFrame.tsx';
import { drawBuilding, drawNested, drawStreet, useSceneCode } from './sceneCode.ts';
import { buildingSummary, microvmSummary, nestedSummary, streetSummary } from './sceneText.ts';
import type { Stage } from './stage.ts';
import { usePictureBudget } from './usePictureBudget.ts';
import { EMBED_HEIGHTS } from './Embedding.tsx';
import { useElementWidth } from './useElementWidth.ts';

const NO_REFUSALS = {};

/** Set on <html> while the pictures' code is on its way. */
const PICTURE_WAITING = 'data-picture';

/**
 * The rows the last picture settled on, its screen (column width, budget, sizes, view) and the memory it held: the
 * next change on the same screen starts its search there, so an add lays a thousand houses out once, not once per
 * row tried.
 */
const lastSettled = new Map<'last', { readonly screen: string; readonly rows: number; readonly used: number }>();

/** Side by side from this width of the scenes area; stacked below it. */
const SIDE_BY_SIDE_FROM = 640;
const COLUMN_GAP = 24;
/**
 * The projector draws the same picture magnified, so that its 14 px labels read 24 px from the back of the room and
 * its lines thicken alike: laid out for a column this many times narrower, and shown at the column's width.
 */
const PROJECTOR_ZOOM = 24 / LABEL_SIZE;

/** One row of a scene's table; unchanged rows are not rendered again when a thousand stand. */
const WorkloadRow = memo(function WorkloadRow({ label, size, seconds }: { label: string; size: string; seconds: number }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{size}</td>
      <td>{formatSeconds(seconds)}</td>
    </tr>
  );
});

/**
 * The same content as a scene, for screen readers: one row per workload. It follows the picture in a later pass
 * that the next click may interrupt (useDeferredValue), as the costs table does.
 */
function WorkloadTable({ host, caption }: { host: Host; caption: string }) {
  return <SceneTable host={useDeferredValue(host)} caption={caption} />;
}

const SceneTable = memo(function SceneTable({ host, caption }: { host: Host; caption: string }) {
  const ready = costsOf(host).startup.perWorkload;
  return (
    // The wrapper hides the table: a table cannot be shrunk to 1 px, and would widen the page. It stands off the
    // screen so the browser may skip laying it out (content-visibility): a thousand rows cost nothing per add.
    <div className="visually-hidden scene-table">
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Workload</th>
          <th scope="col">Size</th>
          <th scope="col">Ready after</th>
        </tr>
      </thead>
      <tbody>
        {host.workloads.map((workload) => (
          <WorkloadRow key={workload.id} label={workload.label} size={workload.size} seconds={ready[workload.id] ?? 0} />
        ))}
      </tbody>
    </table>
    </div>
  );
});

function MotionToggle() {
  const animate = useStore(selectAnimate);
  return (
    <label className="motion-toggle">
      <input type="checkbox" checked={animate} onChange={(event) => useStore.getState().setAnimate(event.target.checked)} />
      Animate changes
    </label>
  );
}

/** The places the view shows: the street and the building side by side (stacked when narrow), one of them, Docker
 * inside a VM, or the row of microVMs beside the building; fitted to the first screen. */
export function Scenes() {
  const scenario = useStore(selectScenario);
  const { vms, containers, nested, microvms } = scenario.hosts;
  const outcome = useStore(selectOutcome);
  const duration = useStore(selectDuration);
  const view = useStore(selectView);
  const activity = useStore(selectActivity);
  const step = useStore(selectStep);
  const breachId = useStore(selectBreach);
  const race = useStore(selectRace);
  const highlight = useStore(selectHighlight);
  const embedded = useStore(selectEmbedded);
  const controls = useStore(selectControls);
  const zoom = useStore(selectTheme) === 'projector' ? PROJECTOR_ZOOM : 1;
  const shown = useMemo(() => shownBy(view), [view]);
  // The sides the view shows: how many stand in the picture, and whose costs its fit reads.
  const shownSides = useMemo(
    () => SIDES.filter((side) => shown[side]),
    [shown],
  );
  const areaRef = useRef<HTMLDivElement>(null);
  const areaWidth = useElementWidth(areaRef);
  // Two columns for the pair, and for the nested house beside its note; one column for a single place.
  const sideBySide = areaWidth >= SIDE_BY_SIDE_FROM && (view === 'both' || view === 'nested' || view === 'microvms');
  const columnWidth = Math.floor((sideBySide ? (areaWidth - COLUMN_GAP) / 2 : areaWidth) / zoom);

  // One scale for every place, from the street's largest house of the sizes in use: the same memory is the same land;
  // side by side, drawn no taller than the first screen leaves room for. The layouts come with the drawing code.
  const { code, failed } = useSceneCode();
  // Until that code is here, what the pictures' size would move waits unseen (first-screen.css): marked on <html>, so
  // that its arrival restyles that rule's few parts and renders nothing again. A failed load shows the page at once.
  useLayoutEffect(() => {
    if (code || failed) return;
    document.documentElement.setAttribute(PICTURE_WAITING, 'waiting');
    return () => document.documentElement.removeAttribute(PICTURE_WAITING);
  }, [code, failed]);
  const serial = outcome?.serial ?? 0;
  const refusals = outcome?.refusals ?? NO_REFUSALS;
  const budget = usePictureBudget(
    areaRef,
    !embedded || EMBED_HEIGHTS[controls] !== null,
    embedded ? EMBED_HEIGHTS[controls] : null,
    `${step} ${view} ${activity} ${sideBySide}`,
    sideBySide ? 1 : shownSides.length,
  );
  const drawnBudget = budget === null ? null : Math.floor(budget / zoom);
  const stage = useMemo((): Stage | null => {
    if (!code) return null;
    const sizes = code.sizesInUse(scenario);
    const screenKey = `${columnWidth} ${drawnBudget} ${sizes.join(' ')} ${view}`;
    // Only the last picture drawn counts: a screen seen before, with other tenants since, starts afresh.
    const last = lastSettled.get('last');
    const prior = last?.screen === screenKey ? last : undefined;
    // Only the shown sides: a hidden side's costs are not worked out at all (a thousand microVMs cost an add).
    const used = shownSides.reduce((sum, side) => sum + costsOf(scenario.hosts[side]).memory.used, 0);
    const laid = code.layOutStage({
      scenario,
      width: columnWidth,
      sizes,
      shown,
      refusals,
      serial,
      budget: drawnBudget,
      startRows: prior?.rows,
      // Only a picture that holds less than when it settled (a tenant gone, a smaller size) may grow a row again:
      // an add never tries, so a thousand houses are laid out once per add.
      mayGrow: prior !== undefined && used < prior.used,
      stacked: !sideBySide,
    });
    lastSettled.set('last', { screen: screenKey, rows: laid.scale.rows, used });
    return laid;
  }, [code, scenario, columnWidth, shown, refusals, serial, drawnBudget, view, sideBySide, shownSides]);
  const street = stage?.street ?? null;
  const building = stage?.building ?? null;
  const nestedLayout = stage?.nested ?? null;
  const microvmLayout = stage?.microvms ?? null;
  const signs = stage?.signs;

  const vmCosts = costsOf(vms);
  const containerCosts = costsOf(containers);
  const layerCount = layerUsage(containers).length;
  // The machine is named with its memory: a step that changes it says so in the picture.
  const onMachine = <span className="panel-machine"> on the {vms.hardware.name.toLowerCase()}</span>;

  return (
    <section className="scenes" aria-labelledby="scenes-heading">
      <div className="scenes-header">
        <h2 id="scenes-heading">The same workloads, placed both ways</h2>
        <MotionToggle />
      </div>
      <div ref={areaRef} className={sideBySide ? 'scene-pair side-by-side' : 'scene-pair'}>
        {shown.vms && (street || !stage) ? (
        <figure className="scene-panel street-panel">
          <figcaption>
            <span className="panel-title">Street of houses</span> <span className="panel-sub">virtual machines, each with its own guest OS</span>
            <span className="panel-figure">
              {formatMemory(vmCosts.memory.used)} of {formatMemory(vmCosts.memory.capacity)} <span className="panel-word">memory </span>used{onMachine}
            </span>
            {vms.optimisations.mergePages || vms.optimisations.linkedClones ? (
              <span className="panel-figure">
                {[
                  vms.optimisations.mergePages ? (vmCosts.count > 0 ? `page merging gives back ${formatMemory(vmCosts.memory.merged)}` : 'page merging on') : null,
                  vms.optimisations.linkedClones ? (vmCosts.count > 0 ? `linked clones: one ${formatDisk(vmCosts.disk.shared)} base image for every house` : 'linked clones on') : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            ) : null}
          </figcaption>
          <SceneFrame zoom={zoom} side="vms" draw={drawStreet} layout={street} duration={duration} refusal={signs?.vms ?? null} summary={streetSummary(vmCosts)} highlight={highlight} breachId={breachId} race={race}>
            <WorkloadTable host={vms} caption="Houses on the street" />
          </SceneFrame>
          <Legend of="street" />
        </figure>
        ) : null}
        {shown.microvms && (microvmLayout || !stage) ? (
        <figure className="scene-panel microvm-panel">
          <figcaption>
            <span className="panel-title">Row of microVMs</span>{' '}
            <span className="panel-sub">
              a studio house for each app: its own minimal guest kernel, a little more than an apartment, far less than a
              house
            </span>
            <span className="panel-figure">
              {formatMemory(costsOf(microvms).memory.used)} of {formatMemory(costsOf(microvms).memory.capacity)} memory used
            </span>
          </figcaption>
          <SceneFrame zoom={zoom} side="microvms" draw={drawStreet} layout={microvmLayout} duration={duration} refusal={signs?.microvms ?? null} summary={microvmSummary(costsOf(microvms))} highlight={highlight} breachId={breachId} race={race}>
            <WorkloadTable host={microvms} caption="MicroVMs in the row" />
          </SceneFrame>
          <SceneNote of="microvms" />
        </figure>
        ) : null}
        {shown.containers && (building || !stage) ? (
        <figure className="scene-panel building-panel">
          <figcaption>
            <span className="panel-title">Apartment building</span> <span className="panel-sub">containers on one shared kernel</span>
            <span className="panel-figure">
              {formatMemory(containerCosts.memory.used)} of {formatMemory(containerCosts.memory.capacity)} <span className="panel-word">memory </span>used{onMachine}
            </span>
          </figcaption>
          <SceneFrame
            zoom={zoom}
            side="containers"
            draw={drawBuilding}
            layout={building}
            duration={duration}
            refusal={signs?.containers ?? null}
            summary={buildingSummary(containerCosts, layerCount)}
            highlight={highlight}
            breachId={breachId}
            race={race}
          >
            <WorkloadTable host={containers} caption="Apartments in the building" />
          </SceneFrame>
          <Legend of="building" />
        </figure>
        ) : null}
        {shown.nested && (nestedLayout || !stage) ? (
        <>
        <figure className="scene-panel nested-panel">
          <figcaption>
            <span className="panel-title">Docker inside a VM</span>{' '}
            <span className="panel-sub">one house on the same lot, with an apartment building inside it</span>
          </figcaption>
          <SceneFrame zoom={zoom} side="nested" draw={drawNested} layout={nestedLayout} duration={duration} refusal={signs?.nested ?? null} summary={nestedSummary(costsOf(nested))} highlight={highlight} breachId={breachId} race={race}>
            <WorkloadTable host={nested} caption="Apartments in the building inside the house" />
          </SceneFrame>
        </figure>
        <SceneNote of="nested" />
        </>
        ) : null}
      </div>
      <DownloadPicture scenes={areaRef} host={vms} />
      {activity === 'race' ? <RaceTerms /> : null}
      {activity === 'guests' ? <MiddleGrounds /> : null}
    </section>
  );
}
