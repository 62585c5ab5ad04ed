import { useId, type ReactNode } from 'react';

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

/** The hatching and dots the scenes use, for the legend's own swatches. */
function Patterns({ prefix }: { prefix: string }) {
  return (
    <svg width="0" height="0" className="legend-defs" aria-hidden="true">
      <defs>
        <pattern id={`${prefix}-kernel`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect className="pattern-kernel-bg" width="6" height="6" />
          <line className="pattern-kernel-line" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
        <pattern id={`${prefix}-services`} patternUnits="userSpaceOnUse" width="6" height="6">
          <rect className="pattern-services-bg" width="6" height="6" />
          <circle className="pattern-services-dot" cx="3" cy="3" r="1.3" />
        </pattern>
        <pattern id={`${prefix}-free`} patternUnits="userSpaceOnUse" width="14" height="14">
          <rect className="pattern-free-bg" width="14" height="14" />
          <path className="pattern-free-mark" d="M3,11 l2,-4 l2,4 M9,5 l2,-4 l2,4" />
        </pattern>
        <pattern id={`${prefix}-layer`} patternUnits="userSpaceOnUse" width="8" height="8">
          <rect className="pattern-layer-bg" width="8" height="8" />
          <line className="pattern-layer-line" x1="0" y1="7" x2="8" y2="7" />
        </pattern>
      </defs>
    </svg>
  );
}

const PERSON = 'M11,5 a3,3 0 1,0 6,0 a3,3 0 1,0 -6,0 M9,17 L10,9 L18,9 L19,17 Z';

/** What the parts of a house stand for. */
export function StreetLegend() {
  const prefix = useId().replace(/:/g, '');
  return (
    <div className="legend">
      <Patterns prefix={prefix} />
      <ul aria-label="Key to the street">
        <Entry swatch={<rect className="platform-hypervisor" width="28" height="18" />}>the hypervisor’s parcel</Entry>
        <Entry swatch={<rect width="28" height="18" fill={`url(#${prefix}-kernel)`} />}>guest kernel: the house’s own plumbing</Entry>
        <Entry swatch={<rect width="28" height="18" fill={`url(#${prefix}-services)`} />}>guest services: its own heating and wiring</Entry>
        <Entry swatch={<><rect className="part-userland" width="28" height="18" /><path className="room-dividers" d="M7,0 V18 M14,0 V18 M21,0 V18" /></>}>
          userland: the rooms every house has
        </Entry>
        <Entry swatch={<><rect className="part-tenant" width="28" height="18" /><path className="tenant-person" d={PERSON} /></>}>the app: the tenant</Entry>
        <Entry swatch={<rect width="28" height="18" fill={`url(#${prefix}-free)`} />}>free land (memory)</Entry>
      </ul>
    </div>
  );
}

/** What the parts of the building stand for. */
export function BuildingLegend() {
  const prefix = useId().replace(/:/g, '');
  return (
    <div className="legend">
      <Patterns prefix={prefix} />
      <ul aria-label="Key to the building">
        <Entry swatch={<rect width="28" height="18" fill={`url(#${prefix}-kernel)`} />}>host kernel: the shared plumbing, drawn once</Entry>
        <Entry swatch={<rect width="28" height="18" fill={`url(#${prefix}-services)`} />}>engine: the building manager</Entry>
        <Entry swatch={<><rect className="unit-body" width="28" height="18" /><path className="tenant-person" d={PERSON} /></>}>an apartment: one container</Entry>
        <Entry swatch={<rect className="layer-box" width="28" height="18" rx="3" fill={`url(#${prefix}-layer)`} />}>an image layer, stored once, linked to its users</Entry>
        <Entry swatch={<rect className="vacant-space" x="1" y="1" width="26" height="16" />}>room for more (memory)</Entry>
      </ul>
    </div>
  );
}
