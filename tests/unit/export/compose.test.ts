import { describe, expect, it } from 'vitest';
import { buildPicture, composePicture, pictureFootnote, scenesIn } from '../../../src/export/index.ts';
import { makeHostWith } from '../fixtures.ts';
import { withPageStyles, buildingSvg, readPicture, sceneContainer, streetSvg } from './pictureFixtures.ts';

const TITLE = 'Houses & Apartments: the same workloads as virtual machines and as containers';

describe('the picture of the scenes', () => {
  withPageStyles();

  const laptop = () => makeHostWith({ hardware: 'laptop', workloads: ['web', 'database'] });

  it('is one well-formed SVG file with the title, at the top and as its name', () => {
    const text = buildPicture(scenesIn(sceneContainer()), laptop()).svg;
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const picture = readPicture(text);
    expect(picture.parseError).toBe(false);
    expect(picture.root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(picture.accessibleName).toBe(TITLE);
    expect(picture.title).toBe(TITLE);
  });

  it('sets the scenes side by side in the order shown, each under its own summary as caption', () => {
    const picture = readPicture(buildPicture(scenesIn(sceneContainer()), laptop()).svg);
    expect(picture.captions).toEqual([
      'Street of houses: 2 houses, each with its own guest OS.',
      'Apartment building: 2 apartments sharing one kernel.',
    ]);
    const [street, building] = picture.scenes;
    expect(picture.scenes).toHaveLength(2);
    expect([street!.getAttribute('x'), street!.getAttribute('width'), street!.getAttribute('height')]).toEqual(['20', '300', '200']);
    expect([building!.getAttribute('x'), building!.getAttribute('width'), building!.getAttribute('height')]).toEqual(['344', '250', '180']);
    expect(building!.getAttribute('y')).toBe(street!.getAttribute('y'));
    // What the reader sees in each scene comes along: the houses in the street, the apartment in the building.
    expect(street!.querySelectorAll('g[data-kind="vm"][data-workload-id]')).toHaveLength(2);
    expect(building!.querySelectorAll('g[data-kind="container"][data-workload-id]')).toHaveLength(1);
    expect(building!.querySelector('pattern#stripes')).not.toBeNull();
  });

  it('is as wide as the scenes plus their gap and margins, and tall enough for the footnote beneath them', () => {
    const picture = readPicture(buildPicture(scenesIn(sceneContainer()), laptop()).svg);
    expect(picture.width).toBe(20 + 300 + 24 + 250 + 20);
    expect(picture.viewBox).toBe(`0 0 ${picture.width} ${picture.height}`);
    const scenesBottom = Number(picture.scenes[0]!.getAttribute('y')) + 200;
    const noteLines = Array.from(picture.doc.querySelectorAll('[data-part="note"] text'), (line) => Number(line.getAttribute('y')));
    expect(Math.min(...noteLines)).toBeGreaterThan(scenesBottom);
    expect(Math.max(...noteLines)).toBeLessThan(picture.height);
  });

  it('keeps room for the title when the only scene is narrow', () => {
    const container = document.createElement('div');
    const street = streetSvg();
    street.setAttribute('viewBox', '0 0 200 120');
    container.append(street);
    const { width, root } = composePicture(scenesIn(container), laptop());
    expect(width).toBe(420 + 2 * 20);
    expect(root.querySelectorAll('[data-part="scene"]')).toHaveLength(1);
  });

  it('ends with a footnote of the machine assumed and the sources of its figures, each named once', () => {
    const host = laptop();
    const { footnote } = readPicture(buildPicture(scenesIn(sceneContainer()), host).svg);
    expect(footnote).toHaveLength(2);
    expect(footnote[0]).toMatch(/^Assumptions: one laptop \(8 cores, 16 GiB of memory, 512 GB of disk\)\./);
    expect(footnote[0]).toContain('general-purpose guest (Ubuntu Server) under a type-1 hypervisor with its management domain');
    expect(footnote[1]).toMatch(/^Figures are sourced defaults, not a benchmark; sources: /);
    for (const source of ['Firecracker SPECIFICATION.md', 'Docker Docs', 'docker-library/repo-info', 'Ubuntu Server documentation', 'Depot blog']) {
      expect(footnote[1]!.split(source)).toHaveLength(2);
    }
    // A source in a few words: its details stay in the assumptions panel.
    expect(footnote[1]).not.toContain('alpine:3.24.2');
    // The same sentences as the footnote itself, only wrapped into lines.
    expect(footnote).toEqual(pictureFootnote(host));
  });

  it('says in the footnote how many figures the reader changed', () => {
    const host = makeHostWith({ hypervisor: 'type-2', facts: { vmmOverheadMiB: 50, hypervisorMemoryMiB: 512 } });
    const [machine, figures] = pictureFootnote(host);
    expect(machine).toContain('under a type-2 hypervisor on a host OS');
    expect(figures).toMatch(/^Figures are sourced defaults \(2 changed by the reader\), not a benchmark;/);
  });

  it('takes the page’s colours: its background behind everything, its ink on the title', () => {
    const picture = readPicture(buildPicture(scenesIn(sceneContainer()), laptop()).svg);
    expect(picture.background).toBe('rgb(20, 24, 32)');
    expect(picture.doc.querySelector('[data-part="title"]')!.getAttribute('fill')).toBe('rgb(230, 232, 236)');
    expect(picture.doc.querySelector('[data-part="caption"]')!.getAttribute('fill')).toBe('#aab0ba');
  });

  it('draws only the scenes inside the container it is given', () => {
    const container = sceneContainer();
    document.body.append(buildingSvg());
    expect(scenesIn(container)).toHaveLength(2);
    expect(scenesIn(null)).toEqual([]);
  });

  it('refuses, saying so, when there is no scene', () => {
    expect(() => buildPicture(scenesIn(document.createElement('div')), laptop())).toThrow('There is no picture on the page to save.');
  });
});
