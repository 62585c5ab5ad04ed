import { createElement, useId, type ReactNode } from 'react';
import { PATTERNS, patternFill, patternIds, personPath, roomDividersPath, type PatternIds } from '../scenes/glyphs.ts';

/** One key entry: a small drawing and what it stands for in the computer. */
function Entry({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li>
      <svg className="legend-swatch" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true">
        {swatch}
      </svg>
      <span>{children}</span>
    </li>
  );
}

/** The hatching and dots the scenes use, drawn from the same descriptions, for the legend's own swatches. */
function Patterns({ ids }: { ids: PatternIds }) {
  return (
    <svg width="0" height="0" className="legend-defs" aria-hidden="true">
      <defs>
        {PATTERNS.map((spec) => (
          <pattern key={spec.name} id={ids[spec.name]} patternUnits="userSpaceOnUse" width={spec.size} height={spec.size} patternTransform={spec.transform}>
            {spec.marks.map((mark, i) => createElement(mark.tag, { key: i, className: mark.className, ...mark.attrs }))}
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** The tenant in a swatch: the scenes' figure, as tall as the swatch allows. */
const PERSON = personPath({ cx: 14, bottom: 17, r: 2.25 });
/** The rooms a VM holds beyond its guest and app, in a swatch, divided as in a house. */
const ROOMS = roomDividersPath({ x: 0, y: 0, width: 28, height: 18 });

/** Pattern ids unique to this legend: the page draws two legends and three scenes, each with its own patterns. */
function useLegendPatterns(): PatternIds {
  return patternIds(useId().replace(/:/g, ''));
}

/** What the parts of a house stand for. */
export function StreetLegend() {
  const ids = useLegendPatterns();
  return (
    <div className="legend">
      <Patterns ids={ids} />
      <ul aria-label="Key to the street">
        <Entry swatch={<rect className="platform-hypervisor" width="28" height="18" />}>the hypervisor’s parcel (type 1, with its management domain)</Entry>
        <Entry swatch={<rect width="28" height="18" fill={patternFill(ids.kernel)} />}>guest kernel: the house’s own plumbing</Entry>
        <Entry swatch={<rect width="28" height="18" fill={patternFill(ids.services)} />}>guest services and userland: its own heating and wiring</Entry>
        <Entry swatch={<><rect className="part-reserve" width="28" height="18" /><path className="room-dividers" d={ROOMS} /></>}>
          held by the VM beyond guest and app: VM sizes come in steps
        </Entry>
        <Entry swatch={<><rect className="part-tenant" width="28" height="18" /><path className="tenant-person" d={PERSON} /></>}>the app: the tenant</Entry>
        <Entry swatch={<rect width="28" height="18" fill={patternFill(ids.free)} />}>free land (memory)</Entry>
      </ul>
    </div>
  );
}

/** What the parts of the building stand for. */
export function BuildingLegend() {
  const ids = useLegendPatterns();
  return (
    <div className="legend">
      <Patterns ids={ids} />
      <ul aria-label="Key to the building">
        <Entry swatch={<rect width="28" height="18" fill={patternFill(ids.kernel)} />}>host kernel: the shared plumbing, drawn once</Entry>
        <Entry swatch={<rect width="28" height="18" fill={patternFill(ids.services)} />}>engine: the building manager</Entry>
        <Entry swatch={<><rect className="unit-body" width="28" height="18" /><path className="tenant-person" d={PERSON} /></>}>an apartment: one container</Entry>
        <Entry swatch={<rect className="layer-box" width="28" height="18" rx="3" fill={patternFill(ids.layer)} />}>an image layer, stored once, linked to its users</Entry>
        <Entry swatch={<rect className="vacant-space" x="1" y="1" width="26" height="16" />}>room for more (memory)</Entry>
      </ul>
    </div>
  );
}

/** The legend beside one place's picture: the street's parts or the building's (one part loaded after the page). */
export function Legend({ of }: { of: 'street' | 'building' }) {
  return of === 'street' ? <StreetLegend /> : <BuildingLegend />;
}
