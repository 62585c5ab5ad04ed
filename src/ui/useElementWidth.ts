import { useLayoutEffect, useState, type RefObject } from 'react';

/** A width to lay out at before anything is measured (jsdom measures nothing). */
const FALLBACK_WIDTH = 600;

/**
 * The width of an element, kept current by a ResizeObserver: the scenes are laid out at the size they are shown,
 * so labels stay 14 px in a phone's column as on a projector.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (measured: number) => {
      if (measured > 0) setWidth(Math.round(measured));
    };
    measure(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) measure(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
