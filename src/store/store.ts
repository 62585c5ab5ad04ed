import { create } from 'zustand';
import { createLessonSlice, initialLesson } from './lesson.ts';
import { createNavigationSlice, initialNavigation, type Store } from './navigation.ts';
import { createPreferencesSlice, initialPreferences } from './preferences.ts';
import { createStorySlice, initialStory } from './story.ts';

/**
 * The one store: the lesson (scenario and undo history), the story (where the reader is), the preferences (how the
 * page is viewed) and navigation (the moves that span them). Each slice keeps its own initial state; together they
 * are the store's, which `useStore.getInitialState()` returns and tests restore.
 */
export type { Store };

/** Every slice's initial data, as one object. */
export const initialState = { ...initialLesson, ...initialStory, ...initialPreferences, ...initialNavigation };

export const useStore = create<Store>()((...args) => ({
  ...createLessonSlice(...args),
  ...createStorySlice(...args),
  ...createPreferencesSlice(...args),
  ...createNavigationSlice(...args),
}));

export { HISTORY_LIMIT } from './lesson.ts';
export { BASE_DURATION_MS } from './preferences.ts';
