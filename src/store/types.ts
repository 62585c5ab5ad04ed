import type { Refusal, Scenario, Side } from '../model/index.ts';

// The store's vocabulary, in a module that imports no Zustand: the link reader and writer, the story's steps and the
// components share these words without depending on how the store is built.

/** What the last action did, for the narration and for the "no land left" signs. */
export interface Outcome {
  /** `changed`: every side took it; `partly`: some sides took it, some refused; `refused`: nothing changed. */
  readonly status: 'changed' | 'partly' | 'refused';
  readonly message: string;
  readonly refusals: Partial<Record<Side, Refusal>>;
  /** Increases with every action, so the UI can announce the same sentence twice. */
  readonly serial: number;
}

/** Which places the page shows: both side by side, one of them, Docker inside a VM, or microVMs beside the building. */
export type View = 'both' | 'vms' | 'containers' | 'nested' | 'microvms';

export const VIEWS: readonly View[] = ['both', 'vms', 'containers', 'nested', 'microvms'];

/** Which sides' scenes a view shows: the microVMs stand beside the building, Docker inside a VM alone. */
export type Shown = Readonly<Record<Side, boolean>>;

export function shownBy(view: View): Shown {
  return {
    vms: view === 'both' || view === 'vms',
    containers: view === 'both' || view === 'containers' || view === 'microvms',
    nested: view === 'nested',
    microvms: view === 'microvms',
  };
}

/** Light, dark, or a projector theme (large type, thick lines, strong contrast, no secondary chrome). */
export type Theme = 'light' | 'dark' | 'projector';

export const THEMES: readonly Theme[] = ['light', 'dark', 'projector'];

export function isTheme(value: string): value is Theme {
  return THEMES.includes(value as Theme);
}

/** The colour scheme the reader's system asks for: the theme shown until the reader chooses one. */
export type SystemTheme = 'light' | 'dark';

/** How much of the page an embedding shows besides the picture. */
export type ControlsLevel = 'none' | 'minimal' | 'full';

/** The address bar, as the store sees it: somewhere to write the page's link (a refusal is swallowed there). */
export interface AddressBar {
  write(how: 'push' | 'replace', search: string): void;
}

/**
 * What the page's surroundings say, read once as the page starts (src/ui/environment.ts) and handed to the store's
 * `start`: nothing in the store reads the window for itself.
 */
export interface Environment {
  /** The query string the page was opened with. */
  readonly search: string;
  readonly reducedMotion: boolean;
  readonly systemTheme: SystemTheme;
  /** Shown inside another page's iframe (`?embed=1`), and how much of the page to show there. */
  readonly embedded: boolean;
  readonly controls: ControlsLevel;
  /** Where links are written; null where the page must leave the address alone. */
  readonly addressBar: AddressBar | null;
}

/** What the page's state looks like, for writing a link. */
export interface PageState {
  readonly scenario: Scenario;
  readonly view: View;
  readonly step: number;
  readonly theme: Theme | null;
  /** The step's question shown answered. */
  readonly answered?: boolean;
}
