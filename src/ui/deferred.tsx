import { useEffect, useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';

/** A component whose code loads after the page's first script, and a way to start that load early. */
export interface Deferred<P> {
  (props: P): ReactNode;
  preload(): Promise<unknown>;
}

/**
 * Wraps a component kept out of the first script (a dialog, a panel below the fold, a step's activity). It renders
 * nothing (or its placeholder) until its code has arrived, then renders as the component would; once loaded it renders at once. A load
 * that fails says so where the part would stand, with a button that tries again; the rest of the page works on.
 *
 * The prerendered first screen (scripts/prerender.mjs) holds the placeholder, and so does the render that hydrates
 * it, even when the code is already here (the single file has it all in one script): the part takes its place just
 * after.
 */
export function deferred<P extends object>(
  what: string,
  load: () => Promise<ComponentType<P>>,
  /** What stands in its place while it loads: a box of its size, so that nothing below it moves when it arrives. */
  placeholder: ReactNode = null,
): Deferred<P> {
  let Loaded: ComponentType<P> | null = null;
  let loading: Promise<unknown> | null = null;
  const waiting = new Set<() => void>();
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        Loaded = component;
        for (const arrived of waiting) arrived();
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  const subscribe = (arrived: () => void) => {
    waiting.add(arrived);
    return () => waiting.delete(arrived);
  };
  const loaded = () => Loaded;
  // On the server, and while hydrating what it rendered: not here yet.
  const notYet = () => null;

  function Later(props: P) {
    const Component = useSyncExternalStore(subscribe, loaded, notYet);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Loaded || failed) return;
      let live = true;
      preload().catch(() => live && setFailed(true));
      return () => {
        live = false;
      };
    }, [failed]);
    if (Component) return <Component {...props} />;
    if (!failed) return placeholder;
    return (
      <p className="load-failed" role="status">
        The {what} did not arrive (the connection may have dropped).{' '}
        <button type="button" onClick={() => setFailed(false)}>
          Try again
        </button>
      </p>
    );
  }
  return Object.assign(Later, { preload });
}
