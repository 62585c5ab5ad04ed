import { scenarioFromSpec } from '../model/index.ts';
import { writeLink } from './link.ts';
import { STEPS } from './steps.ts';
import type { PageState } from './types.ts';

/** A link's parts with the workloads' ids left out: two scenarios built alike read the same. */
function withoutIds(link: string): string {
  const params = new URLSearchParams(link);
  const workloads = params.get('w');
  if (workloads !== null) params.set('w', workloads.split(',').map((item) => item.replace(/^\d+\./, '')).join(','));
  return params.toString();
}

/**
 * The link a class opens on its phones (the QR code): the step alone (`?step=5`), short enough to scan from the back
 * of a room and to read on the screen, while the page shows the step's own scenario and view; the whole state when
 * the presenter has changed it. Never the presenter's theme: each phone keeps its own.
 */
export function classLink(state: PageState): string {
  const page = { ...state, theme: null };
  const full = writeLink(page);
  const step = STEPS[state.step];
  if (!step?.spec || state.view !== step.view) return full;
  const own = writeLink({ ...page, scenario: scenarioFromSpec(step.spec, 1).scenario });
  return withoutIds(full) === withoutIds(own) ? `?step=${state.step + 1}` : full;
}
