import { describe, expect, it } from 'vitest';
import { scenarioFromSpec } from '../../../src/model/index.ts';
import { readLink, writeLink } from '../../../src/store/link.ts';

const STEPS = 10;
/** Steps 6 to 8 (0-based 5 to 7) ask a question, as the story does. */
const asks = (step: number) => step >= 5 && step <= 7;
const scenario = scenarioFromSpec({ hardware: 'laptop', workloads: [{ kind: 'web' }] }).scenario;

describe('links to a step’s question, answered', () => {
  it('write answer=1 only when answered, and read it back on a step that asks', () => {
    const answered = writeLink({ scenario, view: 'both', step: 6, theme: null, answered: true });
    const open = writeLink({ scenario, view: 'both', step: 6, theme: null });
    expect(new URLSearchParams(answered).get('answer')).toBe('1');
    expect(new URLSearchParams(open).has('answer')).toBe(false);
    expect(readLink(answered, STEPS, asks)).toMatchObject({ state: { step: 6, answered: true }, notices: [] });
    expect(readLink(open, STEPS, asks)).toMatchObject({ state: { step: 6, answered: false }, notices: [] });
  });

  it('read a short link too, without a scenario', () => {
    expect(readLink('?step=8&answer=1', STEPS, asks).state).toMatchObject({ step: 7, answered: true, spec: null });
  });

  it('drop the answer, quietly, on a step that asks nothing or for a value that is not 1', () => {
    for (const search of ['?step=1&answer=1', '?answer=1', '?step=7&answer=yes', '?step=7&answer=']) {
      const { state, notices } = readLink(search, STEPS, asks);
      expect(state.answered, search).toBe(false);
      expect(notices, search).toEqual([]);
    }
    // The rest of such a link opens as it says.
    expect(readLink('?step=2&answer=1&theme=dark', STEPS, asks).state).toMatchObject({ step: 1, theme: 'dark', answered: false });
  });

  it('know no question unless told which steps ask one', () => {
    expect(readLink('?step=7&answer=1', STEPS).state.answered).toBe(false);
  });
});
