import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GROUND_HEIGHT,
  houseName,
  landScale,
  layoutBuilding,
  layoutStreet,
  planHouse,
  planUnit,
  unitName,
  type PersonSpot,
  type Rect,
} from '../../../src/layout/index.ts';
import { CATALOG } from '../../../src/model/index.ts';
import { makeScenarioWith } from '../fixtures.ts';

const EPS = 1e-9;

function expectWithin(inner: Rect, outer: Rect): void {
  expect(inner.x).toBeGreaterThanOrEqual(outer.x - EPS);
  expect(inner.y).toBeGreaterThanOrEqual(outer.y - EPS);
  expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width + EPS);
  expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height + EPS);
}

/** The box a person figure takes: seven head-radii tall, 3.2 radii wide at the feet. */
const figureBox = ({ cx, bottom, r }: PersonSpot): Rect => ({ x: cx - 1.6 * r, y: bottom - 7 * r, width: 3.2 * r, height: 7 * r });

const partsArb = fc.record({
  kernel: fc.double({ min: 0.1, max: 200, noNaN: true }),
  services: fc.double({ min: 0.1, max: 200, noNaN: true }),
  reserve: fc.double({ min: 0.1, max: 200, noNaN: true }),
  monitor: fc.double({ min: 0, max: 5, noNaN: true }),
  tenant: fc.double({ min: 0.1, max: 400, noNaN: true }),
});

describe('a house’s plan', () => {
  it('tiles the inside of its walls with its rooms, left to right, each as wide as its share', () => {
    fc.assert(
      fc.property(partsArb, fc.double({ min: 12, max: 600, noNaN: true }), (parts, width) => {
        const plan = planHouse(width, 64, parts);
        const rooms = [plan.rooms.kernel, plan.rooms.services, plan.rooms.reserve, plan.rooms.tenant];
        for (const [i, room] of rooms.entries()) {
          expectWithin(room, plan.walls);
          if (i > 0) expect(room.x).toBeCloseTo(rooms[i - 1]!.x + rooms[i - 1]!.width, 9);
          expect(room.y).toBe(rooms[0]!.y);
          expect(room.height).toBe(rooms[0]!.height);
        }
        const inside = rooms.reduce((sum, room) => sum + room.width, 0);
        const drawn = parts.kernel + parts.services + parts.reserve + parts.tenant;
        expect(plan.rooms.tenant.width / inside).toBeCloseTo(parts.tenant / drawn, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('stands on its parcel: walls, roof and foundation inside it, the foundation on the ground line', () => {
    for (const width of [12, 40, 120, 480]) {
      const plan = planHouse(width, 64, { kernel: 10, services: 10, reserve: 20, monitor: 1, tenant: 5 });
      const parcel = { x: 0, y: 0, width, height: 64 - GROUND_HEIGHT };
      for (const part of [plan.walls, plan.foundation]) expectWithin(part, parcel);
      expect(plan.foundation.y + plan.foundation.height).toBe(64 - GROUND_HEIGHT);
      expect(plan.walls.y + plan.walls.height).toBe(plan.foundation.y);
      expect(plan.roof.baseY).toBe(plan.walls.y);
      expect(plan.roof.left).toBeGreaterThanOrEqual(0);
      expect(plan.roof.right).toBeLessThanOrEqual(width);
      expect(plan.roof.ridgeX).toBe(width / 2);
    }
  });

  it('puts the tenant in the tenant’s room, and shows four rooms only where they fit', () => {
    const wide = planHouse(300, 64, { kernel: 20, services: 20, reserve: 100, monitor: 1, tenant: 60 });
    // Feet on the room's floor, between its walls; the head may rise under the roof.
    const figure = figureBox(wide.person!);
    const room = wide.rooms.tenant;
    expect(figure.y + figure.height).toBe(room.y + room.height);
    expectWithin({ ...figure, y: room.y, height: room.height }, room);
    expect(wide.dividers).toEqual(wide.rooms.reserve);
    const narrow = planHouse(30, 64, { kernel: 20, services: 20, reserve: 100, monitor: 1, tenant: 1 });
    expect(narrow.person).toBeNull();
    expect(narrow.dividers).toBeNull();
  });

  it('names the house beneath it in full, in a short word with its number, or not at all: never cut to an ellipsis', () => {
    expect(houseName(200, 64, 'web server 1', 'web')).toEqual({ text: 'web server 1', x: 100, y: 79, shown: true });
    expect(houseName(75, 64, 'web server 12', 'web').text).toBe('web 12');
    expect(houseName(48, 64, 'web server 12', 'web').text).toBe('web');
    expect(houseName(48, 64, 'my site', 'web').text).toBe('web');
    expect(houseName(20, 64, 'web server 1', 'web').shown).toBe(false);
    for (const width of [10, 30, 45, 60, 90, 120]) expect(houseName(width, 64, 'background worker 3', 'worker').text).not.toMatch(/…/);
  });

  it('is what the street hands every house', () => {
    const scenario = makeScenarioWith({ workloads: ['web', 'database'] });
    const street = layoutStreet(scenario.hosts.vms, landScale(scenario.hosts.vms, 540));
    for (const house of street.houses) {
      expect(house.plan).toEqual(planHouse(house.width, house.height, house.parts));
      expect(house.name).toEqual(houseName(house.width, house.height, house.label, CATALOG[scenario.hosts.vms.workloads.find((w) => w.id === house.id)!.kind].short));
    }
  });
});

describe('an apartment’s plan', () => {
  it('keeps the body, the window and the tenant inside the unit', () => {
    fc.assert(
      fc.property(fc.double({ min: 2, max: 600, noNaN: true }), fc.constantFrom(32, 64), (width, height) => {
        const plan = planUnit(width, height);
        const unit = { x: 0, y: 0, width, height };
        expectWithin(plan.body, unit);
        expectWithin(plan.window, unit);
        if (plan.person) expectWithin(figureBox(plan.person), unit);
      }),
      { numRuns: 200 },
    );
  });

  it('names a unit across the strip at its top, only when it is tall enough and the name fits', () => {
    expect(unitName(200, 64, 'cache 1', 'cache')).toEqual({ text: 'cache 1', x: 3, y: 12, shown: true });
    expect(unitName(200, 20, 'cache 1', 'cache').shown).toBe(false);
    expect(unitName(20, 64, 'cache 1', 'cache').shown).toBe(false);
    // A 40 px unit takes its kind's short word; at 35 px even that does not fit, and the unit goes unnamed.
    expect(unitName(40, 32, 'web server 3', 'web').text).toBe('web');
    expect(unitName(35, 32, 'web server 3', 'web').shown).toBe(false);
    expect(unitName(120, 64, 'background worker 1', 'worker').text).toBe('worker 1');
    // Clear of the kernel's riser where it stands over the unit's left edge.
    expect(unitName(200, 64, 'cache 1', 'cache', 4).x).toBe(7);
  });

  it('is what the building hands every unit', () => {
    const scenario = makeScenarioWith({ workloads: ['web', 'cache'] });
    const building = layoutBuilding(scenario.hosts.containers, landScale(scenario.hosts.vms, 540));
    for (const unit of building.units) {
      expect(unit.plan).toEqual(planUnit(unit.width, unit.height));
      expect(unit.name).toEqual(unitName(unit.width, unit.height, unit.label, CATALOG[scenario.hosts.containers.workloads.find((w) => w.id === unit.id)!.kind].short));
    }
  });
});
