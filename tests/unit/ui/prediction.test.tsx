import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { STEPS } from '../../../src/store/steps.ts';
import { useStore } from '../../../src/store/store.ts';
import { Prediction } from '../../../src/ui/story/Prediction.tsx';
import { questionFor, type PredictionKind } from '../../../src/ui/story/predictions.ts';

const store = () => useStore.getState();

/** The step that asks `kind`, arrived at, and its question drawn. */
function ask(kind: PredictionKind) {
  useStore.setState(useStore.getInitialState(), true);
  act(() => store().goToStep(STEPS.findIndex((step) => step.prediction === kind), { url: 'none' }));
  const { vms, containers } = store().scenario.hosts;
  const question = questionFor(kind, { vms, containers })!;
  render(<Prediction kind={kind} />);
  return { question, group: screen.getByRole('group', { name: /^Your guess/ }) };
}

describe('Your guess', () => {
  beforeEach(() => {
    useStore.setState(useStore.getInitialState(), true);
  });

  it('answers the race at once on a choice, starts it, and keeps the guess out of the store', async () => {
    const { question, group } = ask('race');
    const before = JSON.stringify(Object.keys(store()));
    await userEvent.click(within(group).getByRole('radio', { name: question.choices[question.right] }));
    expect(store().revealed).toBe(true);
    expect(store().raceStartedAt).not.toBeNull();
    expect(within(group).getByRole('status')).toHaveTextContent(/^Right\./);
    expect(JSON.stringify(Object.keys(store()))).toBe(before);
    expect(window.localStorage.length + window.sessionStorage.length).toBe(0);
  });

  it('lets the attacker in on "Show me", and says what happens without judging', async () => {
    const { group } = ask('guests');
    await userEvent.click(within(group).getByRole('button', { name: 'Show me' }));
    expect(store().breachId).toBe(store().scenario.hosts.containers.workloads[0]!.id);
    expect(within(group).getByRole('status')).toHaveTextContent(/^Here is what happens:/);
    // Sent away, the attacker stays away: answering again does not call it back.
    act(() => store().setBreach(null));
    await userEvent.click(within(group).getAllByRole('radio')[0]!);
    expect(store().breachId).toBeNull();
    expect(within(group).getByRole('status')).toHaveTextContent(/^Not quite:/);
  });

  it('shows a link’s answer in the picture as it arrives', () => {
    useStore.setState(useStore.getInitialState(), true);
    act(() => store().openLink(`?step=${STEPS.findIndex((step) => step.prediction === 'race') + 1}&answer=1`, { record: false }));
    expect(store().raceStartedAt).toBeNull();
    render(<Prediction kind="race" />);
    expect(store().raceStartedAt).not.toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(/^Here is what happens:/);
  });
});
