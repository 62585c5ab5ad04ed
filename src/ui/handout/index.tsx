import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { linkOf } from '../../store/navigation.ts';
import { useStore } from '../../store/store.ts';
import { PRERENDERED } from '../firstScreen.ts';
import { loadSceneCode } from '../sceneCode.ts';
import { Handout } from './Handout.tsx';
// Its stylesheet comes with it, not with the page's: a first paint does not wait for the handout's rules.
import '../styles/print.css';

/** Set on <html> while the handout stands in for the page in a print (print.css hides the page then). */
const PRINTING = 'data-printing';

/** `?print=1`: the page is the handout, on screen too, with a button that prints it and a way back. */
function HandoutPage() {
  return (
    <main className="handout-screen">
      <nav className="handout-tools" aria-label="Handout">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <a href={linkOf(useStore.getState())}>Back to the explainer</a>
      </nav>
      <Handout />
    </main>
  );
}

/** Opens the page as the handout (`?print=1`), in place of the prerendered first screen. */
export function openHandout(root: HTMLElement): void {
  root.replaceChildren();
  root.removeAttribute(PRERENDERED);
  createRoot(root).render(
    <StrictMode>
      <HandoutPage />
    </StrictMode>,
  );
}

/**
 * Makes any print of the ordinary page (Ctrl+P, the browser's menu, a PDF made by a script) the handout. Chromium
 * fires `beforeprint` before it lays the page out for print, for `page.pdf()` as for a real print, and what a
 * listener adds synchronously is printed; nothing asynchronous is waited for. So the drawing code is loaded first,
 * then the listeners are set, and the handout is rendered synchronously as a print begins and taken away after it,
 * so it costs the page nothing until then and its pictures are never on the screen twice.
 */
export async function printAsHandout(): Promise<void> {
  await loadSceneCode();
  let shown: { readonly root: Root; readonly box: HTMLElement } | null = null;
  const show = () => {
    if (shown) return;
    const box = document.createElement('div');
    box.className = 'handout-print';
    document.body.append(box);
    const root = createRoot(box);
    flushSync(() => root.render(<Handout />));
    document.documentElement.setAttribute(PRINTING, 'handout');
    shown = { root, box };
  };
  const hide = () => {
    if (!shown) return;
    shown.root.unmount();
    shown.box.remove();
    document.documentElement.removeAttribute(PRINTING);
    shown = null;
  };
  window.addEventListener('beforeprint', show);
  window.addEventListener('afterprint', hide);
  // Where a browser says so only through the print media query, the same.
  window.matchMedia('print').addEventListener('change', (event) => (event.matches ? show() : hide()));
}
