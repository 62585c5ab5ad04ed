import { useStore as useZustand } from 'zustand';
import { createStore } from 'zustand/vanilla';
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
const store = createStore<Store>()((...args) => ({
  ...createLessonSlice(...args),
  ...createStorySlice(...args),
  ...createPreferencesSlice(...args),
  ...createNavigationSlice(...args),
}));

/**
 * What components subscribe through. Zustand's own hook renders on the server, and hydrates, with the state the
 * store was created with; here both read the state as it stands: the first screen is prerendered after `start` has
 * opened the page's link (src/prerender.tsx), and hydrated after the same `start` in the browser (src/main.tsx),
 * so the markup and the first render in the browser agree.
 */
const asItStands = { ...store, getInitialState: store.getState };

function useBoundStore<T>(selector: (state: Store) => T): T {
  return useZustand(asItStands, selector);
}

export const useStore = Object.assign(useBoundStore, store);
