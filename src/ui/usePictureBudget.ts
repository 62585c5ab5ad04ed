import { useLayoutEffect, useState, type RefObject } from 'react';

/** Room kept beneath the picture, so that its last row does not touch the screen's edge. */
const MARGIN = 12;
/** Below this, fitting the picture to the screen would make it too small to read: let it run on. */
const SMALLEST = 200;

/**
 * The height, in px, from the top of the first scene's picture to the bottom of the first screen: how tall the
 * picture may be drawn so that the step, its Back and Next and the whole picture are seen together without scrolling.
 * Measured in the page's own coordinates, so scrolling changes nothing; again when the window is resized or the
 * page changes size (a step's words above the picture, a panel arriving). Null when `active` is false (a narrow,
 * stacked page, or an embed whose frame takes its height from the page) or the screen is too short to fit it.
 */
export function usePictureBudget(areaRef: RefObject<HTMLElement | null>, active: boolean): number | null {
  const [budget, setBudget] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!active) return;
    const measure = () => {
      const svg = areaRef.current?.querySelector('svg.scene') ?? areaRef.current;
      if (!svg) return;
      const top = svg.getBoundingClientRect().top + window.scrollY;
      const room = Math.floor(window.innerHeight - top - MARGIN);
      setBudget(room >= SMALLEST ? room : null);
    };
    measure();
    window.addEventListener('resize', measure);
    // Panels that arrive after the first render (the share tools above, the costs below) move or grow the page
    // without a render of the scenes: measure again whenever the page's size changes.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(document.body);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [active, areaRef]);
  return active ? budget : null;
}
