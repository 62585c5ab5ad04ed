import { create } from 'zustand';

/** Where the reader is in the guided story, and what the story is doing to the picture. */
export interface StoryState {
  /** 0-based index of the current step. */
  readonly step: number;
  /** Changes each time the start-up race begins; 0 before the first. */
  readonly race: number;
  /** When the current race began (performance.now()), or null. */
  readonly raceStartedAt: number | null;
  /** The workload an attacker controls in "unwanted guests", or null. */
  readonly breachId: string | null;
  /** What the link the page opened with said that could not be used. */
  readonly notices: readonly string[];
  setNotices: (notices: readonly string[]) => void;
  setStep: (step: number) => void;
  startRace: (now: number) => void;
  setBreach: (id: string | null) => void;
}

export const useStory = create<StoryState>()((set) => ({
  step: 0,
  race: 0,
  raceStartedAt: null,
  breachId: null,
  notices: [],
  setNotices: (notices) => set({ notices }),
  setStep: (step) => set({ step, breachId: null, raceStartedAt: null }),
  startRace: (now) => set((state) => ({ race: state.race + 1, raceStartedAt: now })),
  setBreach: (breachId) => set({ breachId }),
}));
