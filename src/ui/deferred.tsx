import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/** A component whose code loads after the page's first script, and a way to start that load early. */
export interface Deferred<P> {
  (props: P): ReactNode;
  preload(): Promise<unknown>;
}

/**
 * Wraps a component kept out of the first script (a dialog, a panel below the fold, a step's activity). It renders
 * nothing until its code has arrived, then renders as the component would; once loaded it renders at once. A load
 * that fails leaves the rest of the page working and is tried again the next time the component mounts.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): Deferred<P> {
  let Loaded: ComponentType<P> | null = null;
  let loading: Promise<unknown> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        Loaded = component;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));

  function Later(props: P) {
    const [, setArrived] = useState(false);
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      preload().then(
        () => live && setArrived(true),
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, []);
    return Loaded ? <Loaded {...props} /> : null;
  }
  return Object.assign(Later, { preload });
}
