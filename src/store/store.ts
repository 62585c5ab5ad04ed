import { create } from 'zustand';
import { createLessonSlice } from './lesson.ts';
import { createNavigationSlice, type Store } from './navigation.ts';
import { createPreferencesSlice } from './preferences.ts';
import { createStorySlice } from './story.ts';

export type { Store };

/**
 * The one store: the lesson (scenario and undo history), the story (where the reader is), the preferences (how the
 * page is viewed) and navigation (the moves that span them). Each slice keeps its own initial state; together they
 * are the store's, which `useStore.getInitialState()` returns and tests restore.
 */
export const useStore = create<Store>()((...args) => ({
  ...createLessonSlice(...args),
  ...createStorySlice(...args),
  ...createPreferencesSlice(...args),
  ...createNavigationSlice(...args),
}));
