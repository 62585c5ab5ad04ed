import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prerender } from '../../../src/prerender.tsx';
import { useStore } from '../../../src/store/store.ts';
import { firstScreenKey, PRERENDERED_ENVIRONMENT } from '../../../src/ui/firstScreen.ts';
import { Page } from '../../../src/ui/Page.tsx';
import { resetStore } from './page.tsx';

/** The key of the state a page opens in, from its query string and its surroundings. */
function keyFor(environment: Partial<typeof PRERENDERED_ENVIRONMENT>): string {
  resetStore();
  useStore.getState().start({ ...PRERENDERED_ENVIRONMENT, ...environment });
  return firstScreenKey(useStore.getState());
}

describe('the first screen prerendered at build time', () => {
  let root: Root | null = null;
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
    document.body.replaceChildren();
  });

  it('is hydrated by the page opened in the same state with no mismatch, its markup kept', async () => {
    const { html, key } = prerender();
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const title = container.querySelector('h2.story-title');
    expect(title).toHaveTextContent('Step 1 of 10');

    // The browser starts the store afresh, as main.tsx does, before it hydrates.
    resetStore();
    useStore.getState().start(PRERENDERED_ENVIRONMENT);
    expect(firstScreenKey(useStore.getState())).toBe(key);
    const errors: unknown[] = [];
    const logged = vi.spyOn(console, 'error');
    await act(async () => {
      root = hydrateRoot(container, <Page />, { onRecoverableError: (error) => errors.push(error) });
    });
    expect(errors).toEqual([]);
    expect(logged).not.toHaveBeenCalled();
    expect(container.querySelector('h2.story-title')).toBe(title);
    // The parts loaded after the first script take their places once it is the app's (here their code is loaded).
    expect(container.querySelector('.room-waiting')).toBeNull();
  });

  it('is for the default link only: another step, an embed or reduced motion has another key', () => {
    const prerendered = keyFor({});
    expect(keyFor({ search: '?step=1' })).toBe(prerendered);
    expect(keyFor({ search: '?step=5' })).not.toBe(prerendered);
    expect(keyFor({ search: '?theme=dark' })).not.toBe(prerendered);
    expect(keyFor({ search: '?nonsense=1&step=99' })).not.toBe(prerendered);
    expect(keyFor({ search: '?embed=1', embedded: true })).not.toBe(prerendered);
    expect(keyFor({ reducedMotion: true })).not.toBe(prerendered);
    // The system's colour scheme is set on <html> by an effect: the same markup serves both.
    expect(keyFor({ systemTheme: 'dark' })).toBe(prerendered);
  });
});
