import {
  CATALOG,
  computeCosts,
  factBytes,
  guestMemory,
  platformMemory,
  sizeById,
  workloadStartSeconds,
  type Host,
} from '../model/index.ts';
import { foldRibbon, landWidths, type RowShape } from './ribbon.ts';
import { pxPerByte, STREET_ROW_GAP, STREET_ROW_HEIGHT, type LandScale } from './scale.ts';

/** A rectangle in scene coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The widths, in px, of what fills a house from left to right: its own plumbing, its rooms, then the tenant's room. */
export interface HouseParts {
  readonly kernel: number;
  readonly services: number;
  readonly userland: number;
  /** The virtual machine monitor's share: the foundation's cost, drawn as part of the foundation. */
  readonly monitor: number;
  readonly tenant: number;
}

/** One VM, drawn as a house on its parcel. The parcel's width is in proportion to the VM's memory. */
export interface HouseNode extends Rect {
  readonly id: string;
  readonly label: string;
  readonly kindName: string;
  readonly software: string;
  readonly sizeName: string;
  readonly memoryBytes: number;
  readonly bootSeconds: number;
  readonly parts: HouseParts;
  /** The y of the ground line the house stands on. */
  readonly groundY: number;
}

/** A row of the street: its land runs from x = 0 to `landWidth`. */
export interface StreetRow {
  readonly index: number;
  readonly y: number;
  readonly groundY: number;
  readonly landWidth: number;
}

export interface StreetLayout {
  readonly width: number;
  readonly height: number;
  readonly rowHeight: number;
  readonly rows: readonly StreetRow[];
  /** The land taken before any house: the hypervisor, and for type 2 the host OS beneath it. */
  readonly platform: readonly PlatformParcel[];
  readonly houses: readonly HouseNode[];
  /** Free land, in proportion to free memory. */
  readonly free: readonly Rect[];
  readonly freeBytes: number;
}

/** A parcel of the street's own infrastructure. */
export interface PlatformParcel extends Rect {
  readonly key: 'host-os' | 'hypervisor';
  readonly label: string;
  readonly bytes: number;
}

/** Height of the ground strip at the foot of every row. */
export const GROUND_HEIGHT = 8;

/** The street of houses for a host of VMs, `scale.width` px wide. */
export function layoutStreet(host: Host, scale: LandScale): StreetLayout {
  const shape: RowShape = { width: scale.width, pxPerByte: pxPerByte(scale, STREET_ROW_HEIGHT) };
  const costs = computeCosts(host);
  const guest = guestMemory(host.facts, host.guestOs);
  const monitorBytes = factBytes(host.facts, 'vmmOverheadMiB');
  // A type-2 hypervisor runs on a host OS, so its street has one more parcel: the host OS, under the hypervisor.
  const hypervisorBytes = factBytes(host.facts, 'hypervisorMemoryMiB');
  const parcels: { key: PlatformParcel['key']; label: string; bytes: number }[] =
    host.hypervisor === 'type-2'
      ? [
          { key: 'host-os', label: 'Host OS', bytes: platformMemory(host) - hypervisorBytes },
          { key: 'hypervisor', label: 'Hypervisor (type 2)', bytes: hypervisorBytes },
        ]
      : [{ key: 'hypervisor', label: 'Hypervisor (type 1)', bytes: hypervisorBytes }];
  const items = [
    ...parcels.map((parcel) => ({ key: parcel.key, bytes: parcel.bytes })),
    ...host.workloads.map((workload) => ({
      key: workload.id,
      bytes: guest.total + monitorBytes + sizeById(workload.size).memoryBytes,
    })),
  ];
  const ribbon = foldRibbon(items, costs.memory.free, shape);
  const rowTop = (row: number) => row * (STREET_ROW_HEIGHT + STREET_ROW_GAP);
  const px = (bytes: number) => bytes * shape.pxPerByte;


  const platform = parcels.map((parcel): PlatformParcel => {
    const span = ribbon.spans.get(parcel.key)!;
    return { ...parcel, x: span.x, y: rowTop(span.row), width: span.width, height: STREET_ROW_HEIGHT };
  });

  const houses = host.workloads.map((workload): HouseNode => {
    const span = ribbon.spans.get(workload.id)!;
    const size = sizeById(workload.size);
    const kind = CATALOG[workload.kind];
    return {
      id: workload.id,
      label: workload.label,
      kindName: kind.name,
      software: kind.software,
      sizeName: size.name,
      memoryBytes: guest.total + monitorBytes + size.memoryBytes,
      bootSeconds: workloadStartSeconds(host, workload),
      x: span.x,
      y: rowTop(span.row),
      width: span.width,
      height: STREET_ROW_HEIGHT,
      groundY: rowTop(span.row) + STREET_ROW_HEIGHT - GROUND_HEIGHT,
      parts: {
        kernel: px(guest.kernel),
        services: px(guest.services),
        userland: px(guest.userland),
        monitor: px(monitorBytes),
        tenant: px(size.memoryBytes),
      },
    };
  });

  const free = ribbon.free.map((span): Rect => {
    return { x: span.x, y: rowTop(span.row), width: span.width, height: STREET_ROW_HEIGHT };
  });

  const rows = landWidths(ribbon).map((landWidth, index): StreetRow => ({
    index,
    y: rowTop(index),
    groundY: rowTop(index) + STREET_ROW_HEIGHT - GROUND_HEIGHT,
    landWidth,
  }));

  return {
    width: scale.width,
    // The last row's gap is kept: the names of its houses stand there.
    height: rowTop(ribbon.rows),
    rowHeight: STREET_ROW_HEIGHT,
    rows,
    platform,
    houses,
    free,
    freeBytes: costs.memory.free,
  };
}
