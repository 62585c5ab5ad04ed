import { describe, expect, it } from 'vitest';
import {
  addWorkload,
  cleanLabel,
  computeCosts,
  DEFAULT_FACTS,
  fitCount,
  formatDisk,
  formatMemory,
  HARDWARE_PRESET_IDS,
  removeWorkload,
  resizeWorkload,
  setFact,
  setFacts,
  setGuestOs,
  setHardware,
  setHypervisor,
  setOptimisation,
  SIZE_IDS,
  smallestSizeFor,
  WORKLOAD_KIND_IDS,
  type ActionResult,
  type Facts,
  type Host,
  type Placement,
  type Refusal,
  type SizeId,
  type VmOptimisations,
  type WorkloadKindId,
} from '../../../src/model/index.ts';
import { fillUntilRefused, makeHostWith, makeWorkload } from '../fixtures.ts';

const placements: Placement[] = ['vm', 'container', 'container-in-vm', 'microvm'];
const MiB = 2 ** 20;
const GiB = 2 ** 30;

function refusal(result: ActionResult): Refusal {
  if (result.ok) throw new Error('expected a refusal, got a new host');
  return result;
}

function accepted(result: ActionResult): Host {
  if (!result.ok) throw new Error(`expected the action to be taken, got: ${result.message}`);
  return result.host;
}

/** Runs an action and checks that it left its input exactly as it was. */
function untouched(host: Host, action: (host: Host) => ActionResult): ActionResult {
  const before = structuredClone(host);
  const result = action(host);
  expect(host).toEqual(before);
  return result;
}

describe('addWorkload', () => {
  it('adds a workload at its size, keeping the id and kind', () => {
    const workload = makeWorkload({ id: 'a', kind: 'api', size: 'two-bedroom', label: 'orders' });
    for (const placement of placements) {
      const host = accepted(untouched(makeHostWith({ placement }), (h) => addWorkload(h, workload)));
      expect(host.workloads).toEqual([workload]);
      expect(host.placement).toBe(placement);
    }
  });

  it('refuses a house when the street has no land left, saying what it needed and what was free', () => {
    const { count, host, refusal: refused } = fillUntilRefused(makeHostWith({ placement: 'vm' }), 'web', 'studio');
    // 63 GiB after the hypervisor, at 1 GiB and 5 MiB a house.
    expect(count).toBe(62);
    expect(refused.reason).toBe('memory');
    expect(refused.neededBytes).toBeGreaterThan(refused.freeBytes!);
    expect(refused.freeBytes).toBe(computeCosts(host).memory.free);
    // One studio house: a whole 1 GiB VM (its guest, its rooms and what neither uses), and its monitor.
    expect(refused.neededBytes).toBe(GiB + 5 * MiB);
    const match = /^No land left on the street: this house would need (.+) of memory; (.+) is free\.$/.exec(refused.message);
    expect(match, refused.message).not.toBeNull();
    expect(match?.[1]).toBe(formatMemory(refused.neededBytes!));
    expect(match?.[2]).toBe(formatMemory(refused.freeBytes!));
  });

  it('refuses an apartment when the building is full, in the building’s own words', () => {
    const { count, refusal: refused } = fillUntilRefused(makeHostWith({ placement: 'container' }), 'web', 'penthouse');
    expect(count).toBe(15);
    expect(refused.reason).toBe('memory');
    expect(refused.message).toMatch(/^No room left in the building: this apartment would need .+ of memory; .+ is free\.$/);
    expect(refused.neededBytes).toBe((4096 + 5) * MiB);
    expect(refused.neededBytes).toBeGreaterThan(refused.freeBytes!);
  });

  it('refuses a microVM when there is no land left for another, in its own words', () => {
    const { count, refusal: refused } = fillUntilRefused(makeHostWith({ placement: 'microvm', hardware: 'small-board' }), 'web', 'studio');
    // 8 GiB less the host OS and engine, at 256 + 38 + 5 MiB a microVM.
    expect(count).toBe(Math.floor((8192 - 1080) / 299));
    expect(refused.reason).toBe('memory');
    expect(refused.neededBytes).toBe(299 * MiB);
    expect(refused.message).toMatch(/^No land left for another microVM: this microVM would need .+ of memory; .+ is free\.$/);
  });

  it('refuses an apartment when the house that holds the building is full', () => {
    const { refusal: refused } = fillUntilRefused(makeHostWith({ placement: 'container-in-vm', hardware: 'small-board' }), 'java', 'penthouse');
    expect(refused.reason).toBe('memory');
    expect(refused.message).toMatch(/^No room left in the house that holds the building: this apartment would need/);
  });

  it('refuses for lack of disk when the guest disk is larger than the machine, linked clones or not', () => {
    for (const linkedClones of [false, true]) {
      const host = makeHostWith({ placement: 'vm', hardware: 'small-board', optimisations: { linkedClones }, facts: { generalGuestDiskGB: 200 } });
      expect(refusal(untouched(host, (h) => addWorkload(h, makeWorkload({ kind: 'web' })))).reason, String(linkedClones)).toBe('disk');
    }
    const host = makeHostWith({ placement: 'vm', hardware: 'small-board', facts: { generalGuestDiskGB: 200 } });
    const refused = refusal(untouched(host, (h) => addWorkload(h, makeWorkload({ kind: 'web' }))));
    expect(refused.reason).toBe('disk');
    expect(refused.neededBytes).toBeGreaterThan(refused.freeBytes!);
    expect(refused.message).toContain(formatDisk(refused.neededBytes!));
    expect(refused.message).toContain(`${formatDisk(refused.freeBytes!)} is free`);
    expect(refused.message).toMatch(/^No land left on the street: this house would need .+ of disk;/);
  });

  it('refuses a size too small for the app, on every side, before looking at room', () => {
    for (const placement of placements) {
      const refused = refusal(untouched(makeHostWith({ placement }), (h) => addWorkload(h, makeWorkload({ kind: 'database', size: 'studio' }))));
      expect(refused.reason).toBe('too-small');
      expect(refused.message).toBe('A Studio gives 256 MiB; a database needs 896 MiB. Choose a larger size.');
    }
  });

  it('refuses an unknown kind or size, naming it', () => {
    const host = makeHostWith();
    for (const kind of ['spaceship', '', '__proto__', 'toString']) {
      const refused = refusal(untouched(host, (h) => addWorkload(h, { ...makeWorkload(), kind: kind as WorkloadKindId })));
      expect(refused.reason, kind).toBe('unknown-workload');
      expect(refused.message).toContain(`“${kind}”`);
    }
    for (const size of ['mansion', '', '__proto__']) {
      const refused = refusal(untouched(host, (h) => addWorkload(h, { ...makeWorkload(), size: size as SizeId })));
      expect(refused.reason, size).toBe('unknown-size');
      expect(refused.message).toContain(`“${size}”`);
    }
  });

  it('refuses a second workload with an id already running', () => {
    const host = makeHostWith({ workloads: [{ id: 'same', kind: 'web' }] });
    const refused = refusal(untouched(host, (h) => addWorkload(h, makeWorkload({ id: 'same', kind: 'cache' }))));
    expect(refused.reason).toBe('duplicate-id');
    expect(refused.message).toContain('same');
  });

  describe('labels', () => {
    const add = (label: string) => addWorkload(makeHostWith({ placement: 'container' }), makeWorkload({ id: 'l', label }));

    it('keeps markup verbatim: a label is text, never HTML', () => {
      for (const label of ['<img src=x onerror=alert(1)>', '<script>alert("x")</script>', 'Tom & Jerry’s "api"']) {
        expect(accepted(add(label)).workloads[0]?.label).toBe(label);
      }
    });

    it('refuses an empty or blank label', () => {
      for (const label of ['', '   ', '\t\n', '\u0000\u0007']) {
        const refused = refusal(add(label));
        expect(refused.reason).toBe('invalid-label');
        expect(refused.message).toBe('A workload needs a name.');
      }
    });

    it('accepts 40 characters and refuses 41, saying how many there were', () => {
      expect(accepted(add('x'.repeat(40))).workloads[0]?.label).toBe('x'.repeat(40));
      const refused = refusal(add('x'.repeat(41)));
      expect(refused.reason).toBe('invalid-label');
      expect(refused.message).toBe('A name may have at most 40 characters; this one has 41.');
    });

    it('turns control characters into spaces, collapses runs of space and trims', () => {
      expect(accepted(add('  my\u0000api\u0007\u001b[31m  ')).workloads[0]?.label).toBe('my api [31m');
      expect(accepted(add('tab\there\nand\r\nthere')).workloads[0]?.label).toBe('tab here and there');
      expect(accepted(add('del\u007fete')).workloads[0]?.label).toBe('del ete');
      expect(cleanLabel(' a  b ')).toBe('a b');
    });

    it('counts the limit after cleaning, so padding does not count', () => {
      expect(accepted(add(`   ${'x'.repeat(40)}   `)).workloads[0]?.label).toBe('x'.repeat(40));
    });

    // The limit counts code points, not UTF-16 units: 40 emoji are 40 characters.
    it('counts characters as a reader does: 40 emoji fit in a 40-character name, 41 do not', () => {
      expect(cleanLabel('🏠'.repeat(40))).toBe('🏠'.repeat(40));
      expect(refusal(add('🏠'.repeat(41))).message).toBe('A name may have at most 40 characters; this one has 41.');
    });
  });
});

describe('removeWorkload', () => {
  it('removes the workload with that id and keeps the others in order', () => {
    const host = makeHostWith({ workloads: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
    const after = accepted(untouched(host, (h) => removeWorkload(h, 'b')));
    expect(after.workloads.map((workload) => workload.id)).toEqual(['a', 'c']);
  });

  it('refuses an id that is not running', () => {
    const refused = refusal(untouched(makeHostWith({ workloads: 2 }), (h) => removeWorkload(h, 'ghost')));
    expect(refused).toEqual({ ok: false, reason: 'not-found', message: 'No workload “ghost” is running.' });
  });
});

describe('resizeWorkload', () => {
  it('moves a workload to a bigger size while there is room, and back down', () => {
    const host = makeHostWith({ placement: 'container', workloads: [{ id: 'a', kind: 'web' }] });
    const bigger = accepted(untouched(host, (h) => resizeWorkload(h, 'a', 'penthouse')));
    expect(bigger.workloads[0]?.size).toBe('penthouse');
    expect(accepted(resizeWorkload(bigger, 'a', 'studio')).workloads[0]?.size).toBe('studio');
  });

  it('refuses to grow a house past the land, saying how much more it needs', () => {
    const host = makeHostWith({ placement: 'vm', hardware: 'small-board', workloads: [{ id: 'a', kind: 'web' }, { id: 'b', kind: 'web' }] });
    const refused = refusal(untouched(host, (h) => resizeWorkload(h, 'a', 'penthouse')));
    expect(refused.reason).toBe('memory');
    // From a 1 GiB VM to an 8 GiB one: 4 GiB of rooms and the guest do not fit in 4 GiB.
    expect(refused.neededBytes).toBe(8 * GiB - 1 * GiB);
    expect(refused.freeBytes).toBe(computeCosts(host).memory.free);
    expect(refused.message).toBe(
      `No land left on the street: this house at Penthouse would need ${formatMemory(refused.neededBytes!)} more memory; ${formatMemory(refused.freeBytes!)} is free.`,
    );
  });

  it('refuses a size too small for the app, an unknown size and an unknown id', () => {
    const host = makeHostWith({ workloads: [{ id: 'db', kind: 'database' }] });
    expect(refusal(untouched(host, (h) => resizeWorkload(h, 'db', 'studio'))).reason).toBe('too-small');
    expect(refusal(untouched(host, (h) => resizeWorkload(h, 'db', 'mansion' as SizeId))).reason).toBe('unknown-size');
    expect(refusal(untouched(host, (h) => resizeWorkload(h, 'ghost', 'penthouse'))).reason).toBe('not-found');
  });
});

describe('settings', () => {
  it('refuses to move a full street onto a laptop, naming the laptop and what everything would take', () => {
    const host = makeHostWith({ placement: 'vm', workloads: 15 });
    const refused = refusal(untouched(host, (h) => setHardware(h, 'laptop')));
    expect(refused.reason).toBe('memory');
    const used = computeCosts({ ...host, hardware: { ...host.hardware, memoryBytes: 16 * GiB } }).memory.used;
    expect(used).toBe(1 * GiB + 15 * (GiB + 5 * MiB));
    expect(refused.message).toBe(`No land left on the street: a laptop has 16 GiB of memory; the 15 houses and the platform would take ${formatMemory(used)}.`);
    expect(refused.neededBytes).toBe(used);
    expect(refused.freeBytes).toBe(16 * GiB);
    // Fourteen fit, so the move is taken.
    expect(accepted(setHardware(makeHostWith({ placement: 'vm', workloads: 14 }), 'laptop')).hardware.presetId).toBe('laptop');
  });

  it('moves a building onto a single-board computer only while it fits', () => {
    const fits = makeHostWith({ placement: 'container', workloads: 20 });
    expect(accepted(setHardware(fits, 'small-board')).hardware.name).toBe('Single-board computer');
    const refused = refusal(setHardware(makeHostWith({ placement: 'container', workloads: 40 }), 'small-board'));
    expect(refused.message).toMatch(/^No room left in the building: a single-board computer has 8 GiB of memory; the 40 apartments and the platform would take .+\.$/);
  });

  it('refuses an unknown machine, guest OS, hypervisor, optimisation or figure', () => {
    const host = makeHostWith({ workloads: 2 });
    for (const name of ['balloon', '', '__proto__', 'toString', 'MergePages']) {
      const refused = refusal(untouched(host, (h) => setOptimisation(h, name, true)));
      expect(refused.reason, name).toBe('unknown-optimisation');
      expect(refused.message).toBe(`There is no VM optimisation called “${name}”.`);
    }
    // A switch from a link or a script that is neither on nor off is refused, not read as "on".
    for (const on of ['false', 1, null] as unknown as boolean[]) {
      expect(refusal(untouched(host, (h) => setOptimisation(h, 'mergePages', on))).reason, String(on)).toBe('invalid-value');
    }
    expect(refusal(untouched(host, (h) => setHardware(h, 'mainframe'))).reason).toBe('unknown-preset');
    expect(refusal(untouched(host, (h) => setHardware(h, '__proto__'))).reason).toBe('unknown-preset');
    expect(refusal(untouched(host, (h) => setGuestOs(h, 'windows'))).reason).toBe('unknown-guest-os');
    expect(refusal(untouched(host, (h) => setHypervisor(h, 'type-3'))).reason).toBe('unknown-hypervisor');
    expect(refusal(untouched(host, (h) => setFact(h, 'noSuchFact', 1))).reason).toBe('unknown-fact');
    expect(refusal(untouched(host, (h) => setFact(h, 'toString', 1))).reason).toBe('unknown-fact');
  });

  it('refuses a general-purpose guest for a street of minimal houses that would not fit', () => {
    const host = makeHostWith({ placement: 'vm', hardware: 'small-board', guestOs: 'minimal', workloads: 8 });
    const refused = refusal(untouched(host, (h) => setGuestOs(h, 'general')));
    expect(refused.reason).toBe('memory');
    expect(refused.message).toMatch(/^No land left on the street: the 8 houses and the platform would need .+ more memory; .+ is free\.$/);
    expect(accepted(setGuestOs(makeHostWith({ placement: 'vm', guestOs: 'minimal', workloads: 2 }), 'general')).guestOs).toBe('general');
  });

  it('takes a type-2 hypervisor on a full street at the defaults: its host OS floor is the management domain’s', () => {
    const { host } = fillUntilRefused(makeHostWith({ placement: 'vm', hardware: 'small-board', guestOs: 'minimal' }), 'web', 'studio');
    const type2 = accepted(untouched(host, (h) => setHypervisor(h, 'type-2')));
    expect(type2.hypervisor).toBe('type-2');
    expect(computeCosts(type2).memory.used).toBe(computeCosts(host).memory.used);
  });

  it('refuses a type-2 hypervisor when the host OS under it would not fit', () => {
    const { host: full } = fillUntilRefused(makeHostWith({ placement: 'vm', hardware: 'small-board', guestOs: 'minimal' }), 'web', 'studio');
    // A bigger host OS costs a type-1 street nothing, so the figure is taken.
    const host = accepted(setFact(full, 'hostOsMemoryMiB', 2048));
    expect(computeCosts(host).memory.used).toBe(computeCosts(full).memory.used);
    const refused = refusal(untouched(host, (h) => setHypervisor(h, 'type-2')));
    expect(refused.reason).toBe('memory');
    expect(refused.neededBytes).toBe(1024 * MiB);
    expect(accepted(setHypervisor(makeHostWith({ placement: 'vm', facts: { hostOsMemoryMiB: 2048 } }), 'type-2')).hypervisor).toBe('type-2');
  });

  it('changes a figure within range, and refuses NaN, Infinity, negative and out-of-range values', () => {
    const host = makeHostWith({ placement: 'container', workloads: 2 });
    expect(accepted(setFact(host, 'alpineImageMB', 7)).facts.alpineImageMB).toBe(7);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 100_001, 0.01]) {
      const refused = refusal(untouched(host, (h) => setFact(h, 'alpineImageMB', value)));
      expect(refused.reason, String(value)).toBe('invalid-value');
      expect(refused.message).toContain('alpine base image');
    }
  });

  it('refuses a figure that would make what runs no longer fit, naming the figure', () => {
    const host = makeHostWith({ placement: 'vm', hardware: 'small-board', workloads: 2 });
    const refused = refusal(untouched(host, (h) => setFact(h, 'generalGuestMemoryMiB', 8000)));
    expect(refused.reason).toBe('memory');
    expect(refused.message).toContain('with this general-purpose guest: resident memory');
    // A guest that still fits in its 1 GiB VM costs nothing more: the VM's reserve shrinks instead.
    const roomier = accepted(setFact(host, 'generalGuestMemoryMiB', 500));
    expect(computeCosts(roomier).memory.used).toBe(computeCosts(host).memory.used);
    expect(computeCosts(roomier).memory.reserve).toBe(computeCosts(host).memory.reserve - 2 * 435 * MiB);
  });

  it('replaces the whole table only when every value is valid', () => {
    const host = makeHostWith({ placement: 'container', facts: { alpineImageMB: 50 } });
    expect(accepted(setFacts(host, DEFAULT_FACTS)).facts).toEqual(DEFAULT_FACTS);
    expect(refusal(untouched(host, (h) => setFacts(h, { ...DEFAULT_FACTS, debianImageMB: Number.NaN }))).reason).toBe('invalid-value');
    expect(refusal(untouched(host, (h) => setFacts(h, { ...DEFAULT_FACTS, bogus: 1 } as typeof DEFAULT_FACTS))).reason).toBe('unknown-fact');
  });
});

describe('setOptimisation', () => {
  it('turns page merging and linked clones on and off, and asking for what already is returns the very same host', () => {
    const host = makeHostWith({ placement: 'vm', workloads: 2 });
    const merging = accepted(untouched(host, (h) => setOptimisation(h, 'mergePages', true)));
    expect(merging.optimisations).toEqual({ mergePages: true, linkedClones: false });
    const both = accepted(setOptimisation(merging, 'linkedClones', true));
    expect(both.optimisations).toEqual({ mergePages: true, linkedClones: true });
    expect(accepted(setOptimisation(both, 'mergePages', false)).optimisations).toEqual({ mergePages: false, linkedClones: true });
    expect(accepted(setOptimisation(host, 'mergePages', false))).toBe(host);
    expect(accepted(setOptimisation(both, 'linkedClones', true))).toBe(both);
  });

  it('lowers what a street uses: merged pages its memory, linked clones its disk', () => {
    const host = makeHostWith({ placement: 'vm', workloads: ['web', 'api', 'database'] });
    const before = computeCosts(host);
    const merging = computeCosts(accepted(setOptimisation(host, 'mergePages', true)));
    expect(merging.memory.used).toBeLessThan(before.memory.used);
    expect(merging.disk).toEqual(before.disk);
    const clones = computeCosts(accepted(setOptimisation(host, 'linkedClones', true)));
    expect(clones.disk.used).toBeLessThan(before.disk.used);
    expect(clones.memory).toEqual(before.memory);
  });

  it('refuses to turn page merging off when the street no longer fits without it', () => {
    const { host, count } = fillUntilRefused(makeHostWith({ placement: 'vm', hardware: 'small-board', optimisations: { mergePages: true } }), 'web', 'studio');
    // Merging gives back 15% of every 1 GiB house: eight stand on the small board where six did.
    expect(fillUntilRefused(makeHostWith({ placement: 'vm', hardware: 'small-board' }), 'web', 'studio').count).toBe(6);
    expect(count).toBe(8);
    const refused = refusal(untouched(host, (h) => setOptimisation(h, 'mergePages', false)));
    expect(refused.reason).toBe('memory');
    expect(refused.message).toMatch(new RegExp(`^No land left on the street: the ${count} houses and the platform would need .+ more memory; .+ is free\\.$`));
  });

  it('refuses to turn linked clones off when every VM’s own copy of its guest would not fit on the disk', () => {
    const host = makeHostWith({ placement: 'vm', hardware: 'small-board', guestOs: 'minimal', optimisations: { linkedClones: true }, facts: { minimalGuestDiskMiB: 30_000 } });
    const { host: full } = fillUntilRefused(host, 'web', 'studio');
    expect(full.workloads.length).toBeGreaterThan(3);
    const refused = refusal(untouched(full, (h) => setOptimisation(h, 'linkedClones', false)));
    expect(refused.reason).toBe('disk');
    expect(refused.message).toMatch(/^No land left on the street: the \d+ houses and the platform would need .+ more disk;/);
  });

  it('changes nothing a building or a row of microVMs pays', () => {
    for (const placement of ['container', 'container-in-vm', 'microvm'] as const) {
      const host = makeHostWith({ placement, workloads: ['web', 'database'] });
      const both = accepted(setOptimisation(accepted(setOptimisation(host, 'mergePages', true)), 'linkedClones', true));
      expect(both.optimisations, placement).toEqual({ mergePages: true, linkedClones: true });
      expect(computeCosts(both), placement).toEqual(computeCosts(host));
    }
  });
});

describe('fitCount', () => {
  /** Adds one workload after another until refused, and checks the count against fitCount. */
  function expectFitCountMatchesAdds(host: Host, kind: WorkloadKindId, size: SizeId): number {
    const predicted = fitCount(host, kind, size);
    const { count, refusal: refused } = fillUntilRefused(host, kind, size);
    expect(predicted, `${host.placement} on ${host.hardware.presetId}: ${kind} at ${size} (${refused.message})`).toBe(count);
    return count;
  }

  it('equals the number of adds that succeed, for every kind, size, placement and machine', () => {
    let total = 0;
    for (const placement of placements) {
      // The cloud host holds thousands of apartments: filling it 84 times over would take minutes. Below, it is
      // filled once with penthouses.
      for (const preset of HARDWARE_PRESET_IDS.filter((id) => id !== 'cloud')) {
        const host = makeHostWith({ placement, hardware: preset });
        for (const kind of WORKLOAD_KIND_IDS) {
          for (const size of SIZE_IDS) total += expectFitCountMatchesAdds(host, kind, size);
        }
      }
    }
    expect(total).toBeGreaterThan(0);
  });

  it('equals the number of adds that succeed on a street with page merging and linked clones', () => {
    let total = 0;
    for (const optimisations of [{ mergePages: true }, { linkedClones: true }, { mergePages: true, linkedClones: true }]) {
      for (const preset of ['laptop', 'small-board'] as const) {
        for (const guestOs of ['minimal', 'general'] as const) {
          const host = makeHostWith({ placement: 'vm', hardware: preset, guestOs, optimisations });
          for (const kind of WORKLOAD_KIND_IDS) total += expectFitCountMatchesAdds(host, kind, smallestSizeFor(kind));
        }
      }
    }
    expect(total).toBeGreaterThan(0);
  });

  it('equals the number of adds that succeed on the cloud host, for its largest tenants', () => {
    for (const placement of placements) {
      const host = makeHostWith({ placement, hardware: 'cloud', guestOs: 'minimal' });
      expect(expectFitCountMatchesAdds(host, 'java', 'penthouse')).toBeGreaterThan(100);
    }
  });

  it('counts the first container’s new layers once, on hosts already holding other images', () => {
    for (const placement of placements) {
      const host = makeHostWith({ placement, hardware: 'laptop', guestOs: 'minimal', workloads: ['api', 'database'] });
      for (const kind of WORKLOAD_KIND_IDS) expectFitCountMatchesAdds(host, kind, smallestSizeFor(kind));
    }
  });

  it('stops at the disk when the disk runs out first', () => {
    for (const kind of ['web', 'cache', 'worker'] as const) {
      const size = smallestSizeFor(kind);
      const containers = makeHostWith({ placement: 'container', facts: { writableLayerKB: 10_000_000 } });
      expect(expectFitCountMatchesAdds(containers, kind, size)).toBeGreaterThan(0);
      expect(fillUntilRefused(containers, kind, size).refusal.reason).toBe('disk');
      const vms = makeHostWith({ placement: 'vm', guestOs: 'minimal', facts: { minimalGuestDiskMiB: 100_000 } });
      expect(expectFitCountMatchesAdds(vms, kind, size)).toBeGreaterThan(0);
      expect(fillUntilRefused(vms, kind, size).refusal.reason).toBe('disk');
      const microvms = makeHostWith({ placement: 'microvm', facts: { writableLayerKB: 10_000_000 } });
      expect(expectFitCountMatchesAdds(microvms, kind, size)).toBeGreaterThan(0);
      expect(fillUntilRefused(microvms, kind, size).refusal.reason).toBe('disk');
    }
  });

  it('with linked clones, stops at the disk only when the apps themselves fill it', () => {
    // A minimal guest of 100 GB: without linked clones nine houses fill the disk; with them, one copy is stored.
    const facts = { minimalGuestDiskMiB: 100_000 };
    const copies = makeHostWith({ placement: 'vm', guestOs: 'minimal', facts });
    const clones = makeHostWith({ placement: 'vm', guestOs: 'minimal', facts, optimisations: { linkedClones: true } });
    expect(expectFitCountMatchesAdds(copies, 'web', 'studio')).toBeLessThan(10);
    expect(fillUntilRefused(clones, 'web', 'studio').refusal.reason).toBe('memory');
    expect(expectFitCountMatchesAdds(clones, 'web', 'studio')).toBeGreaterThan(100);
    // An nginx image of 100 GB: now every clone's own app layers fill the disk.
    const heavy = makeHostWith({ placement: 'vm', guestOs: 'minimal', facts: { nginxImageMB: 100_000 }, optimisations: { linkedClones: true } });
    expect(expectFitCountMatchesAdds(heavy, 'web', 'studio')).toBeGreaterThan(0);
    expect(fillUntilRefused(heavy, 'web', 'studio').refusal.reason).toBe('disk');
  });

  describe('to the last byte', () => {
    /**
     * Tunes a once-per-host figure so that, after `first` adds, exactly `k` more workloads fill the host to 0 bytes
     * free; then checks that they all fit, and that with one byte less one fewer fits.
     */
    function expectExactFill(
      placement: Placement,
      resource: 'memory' | 'disk',
      platformFact: 'hypervisorMemoryMiB' | 'engineMemoryMiB' | 'hostOsDiskGB' | 'engineDiskMB',
      unitBytes: number,
      facts: Partial<Facts>,
      optimisations: Partial<VmOptimisations> = {},
    ) {
      const kind = 'web';
      const size = 'studio';
      const base = makeHostWith({ placement, facts, optimisations });
      const one = accepted(addWorkload(base, makeWorkload({ kind, size })));
      const per = computeCosts(one)[resource].used - computeCosts(base)[resource].used;
      const second = accepted(addWorkload(one, makeWorkload({ kind, size })));
      const perNext = computeCosts(second)[resource].used - computeCosts(one)[resource].used;
      const free = computeCosts(base)[resource].free - per;
      const k = Math.floor(free / perNext);
      const slack = free - k * perNext;
      const tuned = (extra: number) => makeHostWith({ placement, optimisations, facts: { ...facts, [platformFact]: base.facts[platformFact] + (slack + extra) / unitBytes } });

      const exact = tuned(0);
      expect(fitCount(exact, kind, size)).toBe(k + 1);
      const filled = fillUntilRefused(exact, kind, size);
      expect(filled.count).toBe(k + 1);
      expect(filled.refusal.reason).toBe(resource);
      expect(computeCosts(filled.host)[resource].free).toBe(0);

      const short = tuned(1);
      expect(fitCount(short, kind, size)).toBe(k);
      expect(fillUntilRefused(short, kind, size).count).toBe(k);
    }

    it('a street of houses, limited by memory', () => {
      expectExactFill('vm', 'memory', 'hypervisorMemoryMiB', 2 ** 20, {});
    });
    it('a building, limited by memory', () => {
      expectExactFill('container', 'memory', 'engineMemoryMiB', 2 ** 20, {});
    });
    it('a building, limited by disk', () => {
      expectExactFill('container', 'disk', 'engineDiskMB', 1e6, { writableLayerKB: 20_000_000 / 3 });
    });
    it('a street of houses, limited by disk', () => {
      expectExactFill('vm', 'disk', 'hostOsDiskGB', 1e9, { generalGuestDiskGB: 123.456789 });
    });
    it('a street of merged houses, limited by memory', () => {
      expectExactFill('vm', 'memory', 'hypervisorMemoryMiB', 2 ** 20, {}, { mergePages: true });
    });
    it('a street of linked clones, limited by disk', () => {
      expectExactFill('vm', 'disk', 'hostOsDiskGB', 1e9, { nginxImageMB: 20_000 }, { linkedClones: true });
    });
    it('a row of microVMs, limited by memory', () => {
      expectExactFill('microvm', 'memory', 'engineMemoryMiB', 2 ** 20, {});
    });
  });

  it('is 0 for a size too small for the app', () => {
    expect(fitCount(makeHostWith({ placement: 'container' }), 'database', 'studio')).toBe(0);
  });
});

describe('cleanLabel and invisible characters', () => {
  it('drops bidirectional overrides, so a name cannot display reversed, and turns C1 controls into spaces', () => {
    expect(cleanLabel('a\u202Eb\u0085c')).toBe('ab c');
    expect(cleanLabel('\u2066web\u2069')).toBe('web');
  });
});
