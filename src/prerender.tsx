// The build's server entry (scripts/prerender.mjs builds it with Vite's SSR build and imports it in Node): the
// first screen of the page opened with no query string, as HTML for index.html's #root, and the key of the state it
// shows, which src/main.tsx compares before it hydrates.
import { renderToString } from 'react-dom/server';
import { useStore } from './store/store.ts';
import { firstScreenKey, PRERENDERED_ENVIRONMENT } from './ui/firstScreen.ts';
import { Page } from './ui/Page.tsx';

export function prerender(): { readonly html: string; readonly key: string } {
  useStore.setState(useStore.getInitialState(), true);
  useStore.getState().start(PRERENDERED_ENVIRONMENT);
  const key = firstScreenKey(useStore.getState());
  return { html: renderToString(<Page />), key };
}
