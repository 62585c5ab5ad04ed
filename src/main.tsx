import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { loadSceneCode } from './ui/sceneCode.ts';
import { preloadLater } from './ui/later.ts';
import { readEnvironment } from './ui/environment.ts';
import { useStore } from './store/store.ts';
import './ui/styles/index.css';

// The drawing code is fetched at once, beside the first render, not after it.
void loadSceneCode().catch(() => {
  // Each scene says so in the page and offers to try again.
});

// The page's surroundings are read once, here, and the page opens as its link says before the first render.
useStore.getState().start(readEnvironment(window));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary onRecover={() => useStore.getState().openLink(window.location.search, { record: false })}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

// The rest of the page's code (panels below the fold, dialogs, the story's activities) follows straight after.
void preloadLater().catch(() => {
  // Each part tries again when it is next shown.
});
