import type { StateCreator } from 'zustand';
import { THEMES, type ControlsLevel, type SystemTheme, type Theme } from './types.ts';

export type PresenterDialog = 'keys' | 'qr' | 'go-to';

/** How the reader views the explainer: kept apart from the lesson, so undo never touches it. */
export interface PreferencesState {
  /** Animate changes in the scenes. Starts off under prefers-reduced-motion (and in tests, until `start` says). */
  readonly animate: boolean;
  /** The theme the reader chose, or null to follow the system. */
  readonly theme: Theme | null;
  /** The system's colour scheme, followed until the reader chooses a theme. */
  readonly systemTheme: SystemTheme;
  /** A presenter's blank screen (B). */
  readonly blanked: boolean;
  /** The presenter's dialog on screen, one at a time: the list of keys (?), the QR code (Q), go to a step (G). */
  readonly dialog: PresenterDialog | null;
  /** Shown inside another page's iframe: no header or footer, and only the controls asked for. */
  readonly embedded: boolean;
  readonly controls: ControlsLevel;
}

export interface PreferencesActions {
  setAnimate: (animate: boolean) => void;
  setTheme: (theme: Theme | null) => void;
  /** The system's colour scheme changed (the page listens for it). */
  setSystemTheme: (theme: SystemTheme) => void;
  /** Light, dark, projector, and round again, starting from the theme on screen. */
  cycleTheme: () => void;
  setBlanked: (blanked: boolean) => void;
  setDialog: (dialog: PresenterDialog | null) => void;
}

export type PreferencesSlice = PreferencesState & PreferencesActions;

/** Before the page says otherwise: no motion (as in tests), the light theme, not embedded. */
export const initialPreferences: PreferencesState = {
  animate: false,
  theme: null,
  systemTheme: 'light',
  blanked: false,
  dialog: null,
  embedded: false,
  controls: 'full',
};

/** The base duration of a change, in ms: the one motion switch every scene obeys. */
export const BASE_DURATION_MS = 600;

/** The theme on screen: the reader's choice, else the system's. */
export function shownTheme(state: PreferencesState): Theme {
  return state.theme ?? state.systemTheme;
}

export const createPreferencesSlice: StateCreator<PreferencesSlice, [], [], PreferencesSlice> = (set, get) => ({
  ...initialPreferences,
  setAnimate: (animate) => set({ animate }),
  setTheme: (theme) => set({ theme }),
  setSystemTheme: (systemTheme) => set({ systemTheme }),
  cycleTheme: () => {
    const current = shownTheme(get());
    set({ theme: THEMES[(THEMES.indexOf(current) + 1) % THEMES.length]! });
  },
  setBlanked: (blanked) => set({ blanked }),
  setDialog: (dialog) => set({ dialog }),
});
