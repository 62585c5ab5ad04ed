import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/** A component whose code loads after the page's first script, and a way to start that load early. */
export interface Deferred<P> {
  (props: P): ReactNode;
  preload(): Promise<unknown>;
}

/**
 * Wraps a component kept out of the first script (a dialog, a panel below the fold, a step's activity). It renders
 * nothing (or its placeholder) until its code has arrived, then renders as the component would; once loaded it renders at once. A load
 * that fails says so where the part would stand, with a button that tries again; the rest of the page works on.
 */
export function deferred<P extends object>(
  what: string,
  load: () => Promise<ComponentType<P>>,
  /** What stands in its place while it loads: a box of its size, so that nothing below it moves when it arrives. */
  placeholder: ReactNode = null,
): Deferred<P> {
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
    const [state, setState] = useState<'waiting' | 'arrived' | 'failed'>('waiting');
    useEffect(() => {
      if (Loaded || state !== 'waiting') return;
      let live = true;
      preload().then(
        () => live && setState('arrived'),
        () => live && setState('failed'),
      );
      return () => {
        live = false;
      };
    }, [state]);
    if (Loaded) return <Loaded {...props} />;
    if (state !== 'failed') return placeholder;
    return (
      <p className="load-failed" role="status">
        The {what} did not arrive (the connection may have dropped).{' '}
        <button type="button" onClick={() => setState('waiting')}>
          Try again
        </button>
      </p>
    );
  }
  return Object.assign(Later, { preload });
}
