import type { StateCreator } from 'zustand';

/** Where the reader is in the guided story, and what the story is doing to the picture. Not part of undo. */
export interface StoryState {
  /** 0-based index of the current step. */
  readonly step: number;
  /** Changes each time the start-up race begins; 0 before the first. */
  readonly race: number;
  /** When the current race began (performance.now()), or null. */
  readonly raceStartedAt: number | null;
  /** The workload an attacker controls in "unwanted guests", or null. */
  readonly breachId: string | null;
  /** Whether the current step's question ("Your guess") has been answered on screen; false again at every arrival (and
   * set only by the question itself, so only a step that asks one is ever answered). */
  readonly revealed: boolean;
  /** What the link the page opened with said that could not be used. */
  readonly notices: readonly string[];
}

export interface StoryActions {
  dismissNotices: () => void;
  startRace: (now: number) => void;
  setBreach: (id: string | null) => void;
  reveal: () => void;
}

export type StorySlice = StoryState & StoryActions;

export const initialStory: StoryState = {
  step: 0,
  race: 0,
  raceStartedAt: null,
  breachId: null,
  revealed: false,
  notices: [],
};

/** The story slice. Moving between steps spans slices, so it lives in the navigation slice. */
export const createStorySlice: StateCreator<StorySlice, [], [], StorySlice> = (set) => ({
  ...initialStory,
  dismissNotices: () => set({ notices: [] }),
  startRace: (now) => set((state) => ({ race: state.race + 1, raceStartedAt: now })),
  setBreach: (breachId) => set({ breachId }),
  reveal: () => set({ revealed: true }),
});
