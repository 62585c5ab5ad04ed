import { beforeEach, describe, expect, it } from 'vitest';
import { selectHighlight, selectLink, selectPrediction } from '../../../src/store/selectors.ts';
import { STEPS } from '../../../src/store/steps.ts';
import { useStore } from '../../../src/store/store.ts';

const store = () => useStore.getState();
const LAYERS = STEPS.findIndex((step) => step.prediction === 'layers');
const RACE = STEPS.findIndex((step) => step.prediction === 'race');

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
});

describe('a step’s question in the store', () => {
  it('starts unanswered, and the layers’ ring waits for the answer', () => {
    store().goToStep(LAYERS);
    expect(selectPrediction(store())).toBe('layers');
    expect(store().revealed).toBe(false);
    expect(selectHighlight(store())).toBeNull();
    store().reveal();
    expect(selectHighlight(store())).toBe('layers');
  });

  it('asks again at every arrival, the same step included', () => {
    store().goToStep(RACE);
    store().reveal();
    store().goToStep(RACE + 1);
    expect(store().revealed).toBe(false);
    store().reveal();
    store().goToStep(RACE + 1);
    expect(store().revealed).toBe(false);
  });

  it('is in the page’s link once answered, and a link opens it answered', () => {
    store().goToStep(RACE);
    expect(new URLSearchParams(selectLink(store())).has('answer')).toBe(false);
    store().reveal();
    const link = selectLink(store());
    expect(new URLSearchParams(link).get('answer')).toBe('1');
    useStore.setState(useStore.getInitialState(), true);
    store().openLink(link, { record: false });
    expect(store().step).toBe(RACE);
    expect(store().revealed).toBe(true);
    expect(store().notices).toEqual([]);
  });

  it('drops an answer for a step that asks nothing, and writes none back', () => {
    store().openLink('?step=1&answer=1', { record: false });
    expect(store().step).toBe(0);
    expect(store().revealed).toBe(false);
    expect(store().notices).toEqual([]);
    expect(selectPrediction(store())).toBeNull();
    expect(new URLSearchParams(selectLink(store())).has('answer')).toBe(false);
  });

  it('keeps the highlight of a step that asks nothing as it was', () => {
    store().goToStep(0);
    expect(selectHighlight(store())).toBe(STEPS[0]!.highlight);
  });
});
