import { describe, expect, it } from 'vitest';
import { computeCosts, formatDisk, formatMemory, formatSeconds, scenarioFromSpec } from '../../../src/model/index.ts';
import { NOTE_PARTS, SPEAKER_NOTES } from '../../../src/store/speakerNotes.ts';
import { STEPS } from '../../../src/store/steps.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("the speaker's notes", () => {
  it('has one note per step, in the story’s order', () => {
    expect(SPEAKER_NOTES).toHaveLength(STEPS.length);
    expect(SPEAKER_NOTES.map((note) => note.step)).toEqual(STEPS.map((step) => step.title));
  });

  it('gives every step all its parts, 40 to 120 words in all', () => {
    for (const note of SPEAKER_NOTES) {
      for (const { part } of NOTE_PARTS) expect(words(note[part]), `${note.step}: ${part}`).toBeGreaterThan(3);
      const total = NOTE_PARTS.reduce((sum, { part }) => sum + words(note[part]), 0);
      expect(total, note.step).toBeGreaterThanOrEqual(40);
      expect(total, note.step).toBeLessThanOrEqual(120);
    }
  });

  it('differs from step to step', () => {
    expect(new Set(SPEAKER_NOTES.map((note) => note.sayAloud)).size).toBe(STEPS.length);
  });
});

/** A figure with its unit, as the notes and the page write them: "4.8 GiB", "8.4 MB", "2.5 s", "9 seconds". */
const FIGURE = /\d+(?:\.\d+)? (?:GiB|MiB|KiB|GB|MB|TB|s|seconds)\b/g;

/**
 * Every figure the page shows for a scenario's shown sides, as the captions, the costs and the race write them.
 * The last step keeps the reader's scenario; its notes speak of step 9's, with both VM optimisations turned on.
 */
function shownFigures(index: number): Set<string> {
  const spec = STEPS[index]!.spec ?? { ...STEPS[8]!.spec!, optimisations: { mergePages: true, linkedClones: true } };
  const { scenario } = scenarioFromSpec(spec);
  const shown = new Set<string>(STEPS[index]!.body.match(FIGURE) ?? []);
  // The costs show the street and the building on every step; the picture shows Docker inside a VM on its own.
  const sides = STEPS[index]!.view === 'nested' ? (['vms', 'containers', 'nested'] as const) : (['vms', 'containers'] as const);
  for (const side of sides) {
    const { memory, disk, startup } = computeCosts(scenario.hosts[side]);
    for (const bytes of [memory.capacity, memory.used, memory.free, memory.apps, memory.platform, memory.guestOs, memory.reserve, memory.merged]) {
      shown.add(formatMemory(bytes));
    }
    for (const bytes of [disk.used, disk.shared, disk.saved]) shown.add(formatDisk(bytes));
    shown.add(formatSeconds(startup.allReady));
  }
  return shown;
}

describe("the speaker's notes' figures", () => {
  it('are each one the page shows on that step (its words, its captions, its costs, its race)', () => {
    SPEAKER_NOTES.forEach((note, index) => {
      const shown = shownFigures(index);
      const written = NOTE_PARTS.flatMap(({ part }) => note[part].match(FIGURE) ?? []);
      for (const figure of written) expect(shown, `${note.step}: ${figure}`).toContain(figure);
    });
  });
});
