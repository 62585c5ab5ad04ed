import { render } from '@testing-library/react';
import { useStore } from '../../../src/store/store.ts';
import { App } from '../../../src/ui/App.tsx';
import { readEnvironment } from '../../../src/ui/environment.ts';

/** A fresh store, as a page that has not started yet has. */
export function resetStore(): void {
  useStore.setState(useStore.getInitialState(), true);
}

/** Starts the page as main.tsx does (reading the address it is at), then renders it. */
export function renderApp() {
  useStore.getState().start(readEnvironment(window));
  return render(<App />);
}
