import { create } from 'zustand';

/** The reader's preference for less motion. Without matchMedia (jsdom) there is no motion. */
export function prefersReducedMotion(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return true;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Light, dark, or a projector theme (large type, thick lines, strong contrast, no secondary chrome). */
export type Theme = 'light' | 'dark' | 'projector';

export const THEMES: readonly Theme[] = ['light', 'dark', 'projector'];

export function isTheme(value: string): value is Theme {
  return THEMES.includes(value as Theme);
}

/** The system's colour scheme, the theme used until the reader chooses one. */
export function systemTheme(): Theme {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 'light';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** How much of the page an embedding shows besides the picture. */
export type ControlsLevel = 'none' | 'minimal' | 'full';

/** Embedding, as the page's own address asks for it: `?embed=1&controls=minimal`. Read once: it never changes. */
export function readEmbedding(search: string): { embedded: boolean; controls: ControlsLevel } {
  const params = new URLSearchParams(search);
  const embedded = params.get('embed') === '1';
  const raw = params.get('controls');
  const controls: ControlsLevel = raw === 'none' || raw === 'minimal' || raw === 'full' ? raw : embedded ? 'minimal' : 'full';
  return { embedded, controls };
}

/** How the reader likes to view the explainer: kept apart from the lesson, so undo never touches it. */
export interface PreferencesState {
  /** Animate changes in the scenes. Off by default under prefers-reduced-motion (and in jsdom tests). */
  readonly animate: boolean;
  /** The theme the reader chose, or null to follow the system. */
  readonly theme: Theme | null;
  /** A presenter's blank screen (B). */
  readonly blanked: boolean;
  /** The list of keys (?). */
  readonly helpOpen: boolean;
  /** Shown inside another page's iframe: no header or footer, and only the controls asked for. */
  readonly embedded: boolean;
  readonly controls: ControlsLevel;
  setAnimate: (animate: boolean) => void;
  setTheme: (theme: Theme | null) => void;
  /** Light, dark, projector, and round again, starting from the theme on screen. */
  cycleTheme: () => void;
  setBlanked: (blanked: boolean) => void;
  setHelpOpen: (open: boolean) => void;
}

export const usePreferences = create<PreferencesState>()((set, get) => ({
  animate: !prefersReducedMotion(),
  theme: null,
  blanked: false,
  helpOpen: false,
  ...readEmbedding(typeof window === 'undefined' ? '' : window.location.search),
  setAnimate: (animate) => set({ animate }),
  setTheme: (theme) => set({ theme }),
  cycleTheme: () => {
    const current = get().theme ?? systemTheme();
    set({ theme: THEMES[(THEMES.indexOf(current) + 1) % THEMES.length]! });
  },
  setBlanked: (blanked) => set({ blanked }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
}));

/** The base duration of a change, in ms: the one motion switch every scene obeys. */
export const BASE_DURATION_MS = 600;

export const selectDuration = (state: PreferencesState) => (state.animate ? BASE_DURATION_MS : 0);
