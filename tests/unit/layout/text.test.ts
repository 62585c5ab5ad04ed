import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHAR_EM,
  fitName,
  landScale,
  layerChipWidth,
  layoutBuilding,
  layoutStreet,
  placeSign,
  signBoard,
  signSpace,
  textWidth,
  wrapText,
} from '../../../src/layout/index.ts';
import { makeScenarioWith } from '../fixtures.ts';

describe('the one text table', () => {
  it('measures every character the same width, the widest letters wider, in proportion to the font size', () => {
    expect(textWidth('', 14)).toBe(0);
    expect(textWidth('API', 14)).toBeCloseTo(3 * 14 * CHAR_EM, 12);
    // "web" renders 32.5 px wide at 14 px in Chromium: the "w" is counted wider, so it is never judged to fit short.
    expect(textWidth('web', 14)).toBeGreaterThan(textWidth('API', 14));
    expect(textWidth('web', 14)).toBeGreaterThanOrEqual(32.5);
    expect(textWidth('web', 28)).toBeCloseTo(2 * textWidth('web', 14), 12);
  });

  it('fits a name in full, as a short word with its number, or not at all; never cut, never wider than asked (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom('web', 'API', 'worker', 'DB'), fc.double({ min: 0, max: 400, noNaN: true }), (label, short, width) => {
        const fitted = fitName(label, short, width, 14);
        expect(fitted === '' || textWidth(fitted, 14) <= width).toBe(true);
        const number = /\s(\d+)$/.exec(label)?.[1];
        expect(['', label, short, ...(number ? [`${short} ${number}`] : [])]).toContain(fitted);
        if (textWidth(label, 14) <= width) expect(fitted).toBe(label);
      }),
    );
  });

  it('wraps a sentence into lines that each fit, keeping every word', () => {
    const sentence = 'No land left on the street: this house would need 2.3 GiB of memory; 1.2 GiB is free.';
    const lines = wrapText(sentence, 200, 15);
    expect(lines.join(' ')).toBe(sentence);
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(200);
  });

  it('sizes layer chips by the same table as every label', () => {
    expect(layerChipWidth('alpine', 1)).toBe(Math.ceil(textWidth('alpine', 14)) + 16);
    expect(layerChipWidth('alpine', 4)).toBe(Math.ceil(textWidth('alpine ×4', 14)) + 16);
  });

  it('places labels only where the words fit', () => {
    const scenario = makeScenarioWith({ workloads: ['web', 'api'] });
    const scale = landScale(scenario.hosts.vms, 540);
    const street = layoutStreet(scenario.hosts.vms, scale);
    for (const parcel of street.platform) expect(parcel.caption.shown).toBe(textWidth(parcel.label, 14) <= parcel.width - 8);
    expect(street.freeLabel?.text).toMatch(/^free land: /);
    const building = layoutBuilding(scenario.hosts.containers, scale);
    for (const part of building.core) if (part.caption.text) expect(textWidth(part.caption.text, 14)).toBeLessThanOrEqual(part.width - 8);
    for (const layer of building.layers) expect(layer.width).toBe(layerChipWidth(layer.name, layer.users.length));
  });
});

describe('a refusal sign', () => {
  const sign = { headline: 'No land left', detail: 'No land left on the street: this house would need 2.3 GiB of memory; 1.2 GiB is free.' };

  it('stands beneath the far end of its scene, inside its width', () => {
    for (const width of [300, 520, 1200]) {
      const board = signBoard(sign, width, 200);
      expect(board.y).toBeGreaterThan(200);
      expect(board.x).toBeGreaterThanOrEqual(4);
      expect(board.x + board.width).toBeLessThanOrEqual(width - 4 + 1e-9);
      expect(board.lines.map((line) => line.text).join(' ')).toBe(sign.detail);
      for (const line of board.lines) expect(line.y).toBeLessThan(board.height);
    }
  });

  it('asks the frame for its height and a gap either side, and for nothing when there is no sign', () => {
    expect(signSpace(placeSign(null, 520, 200))).toBe(0);
    expect(signSpace(placeSign({ ...sign, serial: 1 }, 520, 200))).toBe(signBoard(sign, 520, 0).height + 12);
  });

  it('is drawn anew for a new refusal or a new size of scene, and kept otherwise', () => {
    const first = placeSign({ ...sign, serial: 1 }, 520, 200)!;
    expect(placeSign({ ...sign, serial: 1 }, 520, 200)!.key).toBe(first.key);
    expect(placeSign({ ...sign, serial: 2 }, 520, 200)!.key).not.toBe(first.key);
    expect(placeSign({ ...sign, serial: 1 }, 600, 200)!.key).not.toBe(first.key);
  });
});
