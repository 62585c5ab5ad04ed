import { StrictMode, useLayoutEffect } from 'react';
import { useStore } from '../store/store.ts';
import { App } from './App.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

/**
 * The whole page, as the browser renders it (src/main.tsx) and the build prerenders it (src/prerender.tsx).
 * `onShown` is called in the first commit, before the browser paints it.
 */
export function Page({ onShown }: { readonly onShown?: () => void }) {
  return (
    <StrictMode>
      <Shown onShown={onShown} />
      <ErrorBoundary onRecover={() => useStore.getState().openLink(window.location.search, { record: false })}>
        <App />
      </ErrorBoundary>
    </StrictMode>
  );
}

/** Renders nothing; says when the page is first committed. */
function Shown({ onShown }: { readonly onShown: (() => void) | undefined }) {
  useLayoutEffect(() => onShown?.(), [onShown]);
  return null;
}
