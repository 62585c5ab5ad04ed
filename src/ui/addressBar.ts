import { useEffect } from 'react';
import { readLink, writeLink } from '../store/link.ts';
import { usePreferences } from '../store/preferences.ts';
import { useLessonStore } from '../store/store.ts';
import { useStory } from '../store/story.ts';
import { STEPS } from './story/steps.ts';

/** The link for the page as it is now. */
export function currentLink(): string {
  const lesson = useLessonStore.getState();
  return writeLink({
    scenario: lesson.scenario,
    view: lesson.view,
    step: useStory.getState().step,
    theme: usePreferences.getState().theme,
  });
}

/**
 * Sets the page to what a link says: its step, view and theme, and its scenario (or the step's own, when the link
 * carries none). What could not be read is kept as notices for the page to show.
 */
export function openLink(search: string, options: { record: boolean }): void {
  const { state, notices } = readLink(search, STEPS.length);
  const story = useStory.getState();
  const lesson = useLessonStore.getState();
  const step = state.step ?? 0;
  const target = STEPS[step]!;
  story.setStep(step);
  story.setNotices(notices);
  lesson.setView(state.view ?? target.view);
  if (state.theme) usePreferences.getState().setTheme(state.theme);
  if (state.spec) lesson.loadScenario(state.spec, 'Opened the scenario in the link.', options);
  else if (target.spec) lesson.loadScenario(target.spec, `Step ${step + 1}: ${target.title}.`, options);
}

/** Writes history without letting a browser that refuses it (a sandboxed frame, file://) stop the page. */
export function writeHistory(how: 'push' | 'replace', search: string): void {
  // Inside another page's frame, history is the host page's: leave its back button alone.
  if (usePreferences.getState().embedded) return;
  try {
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (how === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  } catch {
    // The link in the address bar falls behind; the page itself is unaffected.
  }
}

/** How long the page waits after a change before it rewrites the address: a slider drag writes once, not per pixel. */
const WRITE_DELAY_MS = 300;

/** Keeps the address bar's link in step with the page, debounced. */
export function useLinkWriter(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const next = currentLink();
        if (next !== window.location.search) writeHistory('replace', next);
      }, WRITE_DELAY_MS);
    };
    const unsubscribe = [
      useLessonStore.subscribe((state, previous) => {
        if (state.scenario !== previous.scenario || state.view !== previous.view) schedule();
      }),
      useStory.subscribe((state, previous) => {
        if (state.step !== previous.step) schedule();
      }),
      usePreferences.subscribe((state, previous) => {
        if (state.theme !== previous.theme) schedule();
      }),
    ];
    return () => {
      clearTimeout(timer);
      unsubscribe.forEach((stop) => stop());
    };
  }, []);
}
