import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../../src/store/store.ts';
import { renderApp, resetStore } from './page.tsx';

const heading = () => screen.getByRole('heading', { level: 2, name: /^Step \d+ of 10/ });

describe('presenter keys', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/');
  });

  it('move through the story: → Space N forward, ← P Backspace back, Home and End', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('Step 2 of 10');
    await user.keyboard(' ');
    await user.keyboard('n');
    expect(heading()).toHaveTextContent('Step 4 of 10');
    await user.keyboard('{ArrowLeft}');
    await user.keyboard('p');
    await user.keyboard('{Backspace}');
    expect(heading()).toHaveTextContent('Step 1 of 10');
    await user.keyboard('{End}');
    expect(heading()).toHaveTextContent('Step 10 of 10');
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('Step 10 of 10');
    await user.keyboard('{Home}');
    expect(heading()).toHaveTextContent('Step 1 of 10');
  });

  it('do nothing while the reader types in a field', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByText('Assumptions'));
    const input = screen.getByRole('spinbutton', { name: 'Host OS memory (MiB)' });
    await user.click(input);
    await user.keyboard('{ArrowRight}n{Backspace}t');
    expect(heading()).toHaveTextContent('Step 1 of 10');
    expect(useStore.getState().theme).toBeNull();
  });

  it('T cycles the theme on the page: light, dark, projector', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
    await user.keyboard('t');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    await user.keyboard('t');
    expect(document.documentElement).toHaveAttribute('data-theme', 'projector');
    await user.keyboard('T');
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
  });

  it('B blanks the screen and any key brings it back, without moving the story', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('b');
    expect(screen.getByText(/Screen blanked/)).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.queryByText(/Screen blanked/)).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent('Step 1 of 10');
  });

  it('? lists every key in a dialog, and Esc closes it', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keys for presenting' });
    for (const key of ['→', 'Space', 'Backspace', 'Home', 'End', 'F', 'T', 'B', 'R', 'Esc']) {
      expect(dialog).toHaveTextContent(key);
    }
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('Step 1 of 10');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('R puts the step’s scenario back after the reader changed it', async () => {
    const user = userEvent.setup();
    renderApp();
    const before = useStore.getState().scenario.hosts.containers.workloads.length;
    await user.click(screen.getByRole('button', { name: 'Add cache' }));
    expect(useStore.getState().scenario.hosts.containers.workloads.length).toBe(before + 1);
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('r');
    expect(useStore.getState().scenario.hosts.containers.workloads.length).toBe(before);
  });
});
