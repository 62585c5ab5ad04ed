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

  it('a step’s number then Enter goes there, as in a slide show; a number that is no step is said and changes nothing', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('5');
    expect(screen.getByText(/Step 5: press Enter/)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(heading()).toHaveTextContent('Step 5 of 10');
    await user.keyboard('12{Enter}');
    expect(heading()).toHaveTextContent('Step 5 of 10');
    expect(screen.getByText(/There is no step 12/)).toBeInTheDocument();
    await user.keyboard('10{Enter}');
    expect(heading()).toHaveTextContent('Step 10 of 10');
    await user.keyboard('3{Escape}{Enter}');
    expect(heading()).toHaveTextContent('Step 10 of 10');
  });

  it('Enter after a number goes to the step even while a button has the focus, and does not press the button', async () => {
    const user = userEvent.setup();
    renderApp();
    screen.getByRole('button', { name: 'Next →' }).focus();
    await user.keyboard('7{Enter}');
    expect(heading()).toHaveTextContent('Step 7 of 10');
  });

  it('G opens a field for a step’s number that names the step as it is typed; Enter goes, Esc stays', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('g');
    const field = await screen.findByRole('textbox', { name: 'Step number' });
    expect(field).toHaveFocus();
    expect(field).toHaveValue('');
    await user.keyboard('42');
    expect(screen.getByRole('dialog', { name: 'Go to a step' })).toHaveTextContent('There is no step “42”');
    await user.keyboard('{Enter}');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(heading()).toHaveTextContent('Step 1 of 10');
    await user.clear(field);
    await user.keyboard('8');
    expect(screen.getByRole('dialog')).toHaveTextContent('8: Unwanted guests');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent('Step 8 of 10');
    await user.keyboard('G');
    await screen.findByRole('textbox', { name: 'Step number' });
    await user.keyboard('2{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent('Step 8 of 10');
  });

  it('Q shows the step’s short link as a QR code, and the link written beneath it; Esc or Q puts it away', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await user.keyboard('q');
    const code = await screen.findByRole('img', { name: /^QR code for / });
    expect(code.getAttribute('aria-label')).toMatch(/\?step=3$/);
    expect(screen.getByRole('dialog')).toHaveTextContent(/\?step=3/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.keyboard('Q');
    await screen.findByRole('img', { name: /^QR code for / });
    await user.keyboard('Q');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
