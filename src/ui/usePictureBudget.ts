import { useLayoutEffect, useState, type RefObject } from 'react';

/** Room kept beneath the picture, so that its last row does not touch the screen's edge. */
const MARGIN = 12;
/** Below this, fitting the picture to the screen would make it too small to read: let it run on. */
const SMALLEST = 200;
/** An embed's frame cannot run on: there the picture is fitted down to this. */
const SMALLEST_EMBEDDED = 120;

/**
 * The height, in px, from the top of the first scene's picture to the bottom of the first screen: how tall the
 * picture may be drawn so that the step, its Back and Next and the whole picture are seen together without scrolling.
 * Measured in the page's own coordinates, so scrolling changes nothing; again when the window is resized, when
 * the moment changes (another step's words above the picture) and when the masthead or the story changes size. Null when `active` is false (a narrow,
 * stacked page) or the screen is too short to fit it. `screen` stands for the window's height where the window is
 * not the screen: in an embed, whose frame takes the page's height, the height the embed promises its host.
 */
export function usePictureBudget(
  areaRef: RefObject<HTMLElement | null>,
  active: boolean,
  screen: number | null,
  /** What changes the words above the picture (the step, the view): measured again when it changes. */
  moment: string,
  /** How many scenes stand one above the other in the picture's column: they share its height (the budget is then
   * the height of all of them together, less the captions between them). */
  stacked = 1,
): number | null {
  const [budget, setBudget] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!active) return;
    const measure = () => {
      const area = areaRef.current;
      const svg = area?.querySelector('svg.scene') ?? area;
      if (!area || !svg) return;
      // Scenes stacked in a column share its height only when the step stands beside them (a short, squarish
      // screen); stacked beneath the step (a phone), the picture runs on down the page.
      const story = document.querySelector('.story');
      const beside = story !== null && story.getBoundingClientRect().right <= area.getBoundingClientRect().left;
      if (stacked > 1 && !beside) {
        setBudget(null);
        return;
      }
      const top = svg.getBoundingClientRect().top + window.scrollY;
      // The scenes below the first each bring their caption and the gap above it.
      // Each scene below the first brings its own caption (they may wrap differently) and the gap above it.
      const gap = parseFloat(getComputedStyle(area).rowGap || '0');
      const captions = [...area.querySelectorAll('svg.scene')].slice(1, stacked).map((below) => {
        const figure = below.closest('figure');
        return figure ? below.getBoundingClientRect().top - figure.getBoundingClientRect().top + gap : 0;
      });
      // An embed's frame takes the page's height, so its screen is the height it promises its host page; what the
      // page shows beneath the picture there comes out of it too.
      const below = screen === null ? 0 : Math.max(0, (area.closest('.app')?.getBoundingClientRect().bottom ?? 0) - area.getBoundingClientRect().bottom);
      const room = Math.floor((screen ?? window.innerHeight) - top - MARGIN - below - captions.reduce((sum, height) => sum + height, 0));
      setBudget(room >= (screen === null ? SMALLEST : SMALLEST_EMBEDDED) ? room : null);
    };
    measure();
    window.addEventListener('resize', measure);
    // What stands above the picture may change size after the first render (the share tools arrive in the masthead,
    // a step's activity in the story): measure again then. Only those boxes, not the whole page: what changes below
    // the picture, or inside a box without changing its size (the race's clock, every frame), must not refit it.
    const above = [...document.querySelectorAll('.masthead, .story')];
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    for (const box of above) observer?.observe(box);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [active, areaRef, screen, moment, stacked]);
  return active ? budget : null;
}
