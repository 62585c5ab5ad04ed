import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeCosts, formatMemory } from '../../../src/model/index.ts';
import { useStore } from '../../../src/store/store.ts';
import { renderApp, resetStore } from './page.tsx';

function figure(metric: string, side: 'vms' | 'containers'): HTMLElement {
  const cell = document.querySelector<HTMLElement>(`[data-metric="${metric}"][data-side="${side}"]`);
  if (!cell) throw new Error(`no ${metric} figure for ${side}`);
  return cell;
}

describe('the app opened on the last step (free play, from an empty server)', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/?step=10');
  });

  it('says what the street and the building stand for before anything is clicked', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Houses & Apartments' })).toBeInTheDocument();
    expect(screen.getByText('A street of houses')).toBeInTheDocument();
    expect(screen.getByText(/whole guest operating system/)).toBeInTheDocument();
    expect(screen.getByText(/Add a workload to see what each place costs/)).toBeInTheDocument();
  });

  it('shows the store’s costs for both sides after adding workloads', async () => {
    const user = userEvent.setup();
    renderApp();
    const add = screen.getByRole('group', { name: 'Add a workload' });
    await user.click(within(add).getByRole('button', { name: 'Add web server' }));
    await user.click(within(add).getByRole('button', { name: 'Add database' }));

    const { vms, containers } = useStore.getState().scenario.hosts;
    const vmCosts = computeCosts(vms);
    const containerCosts = computeCosts(containers);
    expect(figure('count', 'vms')).toHaveAttribute('data-value', '2');
    expect(figure('memory', 'vms')).toHaveAttribute('data-value', String(vmCosts.memory.used));
    expect(figure('memory', 'containers')).toHaveAttribute('data-value', String(containerCosts.memory.used));
    expect(figure('memory', 'vms')).toHaveTextContent(formatMemory(vmCosts.memory.used));
    expect(figure('disk', 'containers')).toHaveAttribute('data-value', String(containerCosts.disk.used));
    expect(figure('startup', 'vms')).toHaveAttribute('data-value', String(vmCosts.startup.allReady));
    expect(Number(figure('startup', 'vms').dataset.value)).toBeGreaterThan(Number(figure('startup', 'containers').dataset.value));
    expect(screen.getByRole('status')).toHaveTextContent('Added database 1 (PostgreSQL on debian) as a 2-bedroom.');
  });

  it('asks for the selected apartment size, and says how many more fit at it', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('radio', { name: /1-bedroom/ }));
    await user.click(screen.getByRole('button', { name: 'Add cache' }));
    expect(useStore.getState().scenario.hosts.containers.workloads[0]?.size).toBe('one-bedroom');
    expect(screen.getByRole('button', { name: 'Size of cache 1: 1-bedroom' })).toBeInTheDocument();
    const fitVms = Number(figure('fit', 'vms').dataset.value);
    const fitContainers = Number(figure('fit', 'containers').dataset.value);
    expect(fitVms).toBeGreaterThan(0);
    // A 1-bedroom (512 MiB) apartment against a 1 GiB VM: about twice as many.
    expect(fitContainers).toBeGreaterThan(fitVms * 1.9);
  });

  it('removes, undoes and redoes from the workload list', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Add API service' }));
    await user.click(screen.getByRole('button', { name: 'Remove API service 1' }));
    expect(figure('count', 'containers')).toHaveAttribute('data-value', '0');
    expect(screen.getByText(/Nothing runs yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('button', { name: 'Remove API service 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(screen.queryByRole('button', { name: 'Remove API service 1' })).not.toBeInTheDocument();
  });

  it('shows a refusal as an alert and leaves the costs as they were', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Add web server' }));
    const before = figure('memory', 'vms').dataset.value;
    // Shrinking a database below its working set is refused by the model with the reason.
    await user.click(screen.getByRole('button', { name: 'Add database' }));
    const memoryWithDatabase = figure('memory', 'vms').dataset.value;
    expect(memoryWithDatabase).not.toBe(before);
    await user.click(screen.getByRole('button', { name: 'Size of database 1: 2-bedroom' }));
    const sizes = screen.getByRole('group', { name: 'Size of database 1' });
    await user.click(within(sizes).getByRole('radio', { name: 'Studio' }));
    expect(screen.getByRole('alert')).toHaveTextContent('A Studio gives 256 MiB; a database needs 896 MiB.');
    expect(figure('memory', 'vms')).toHaveAttribute('data-value', memoryWithDatabase);
    // The refused size is not left chosen: the row still says, and checks, the size the database has.
    expect(within(sizes).getByRole('radio', { name: '2-bedroom' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Size of database 1: 2-bedroom' })).toBeInTheDocument();
  });

  it('resizes from the workload list, and folds the sizes away on Escape or when the reader moves on', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Add web server' }));
    const size = screen.getByRole('button', { name: 'Size of web server 1: Studio' });
    expect(size).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Size of web server 1' })).not.toBeInTheDocument();
    await user.click(size);
    expect(size).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(screen.getByRole('group', { name: 'Size of web server 1' })).getByRole('radio', { name: '2-bedroom' }));
    expect(useStore.getState().scenario.hosts.containers.workloads[0]?.size).toBe('two-bedroom');
    expect(size).toHaveAccessibleName('Size of web server 1: 2-bedroom');
    // Escape folds the sizes and hands focus back to the button.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Size of web server 1' })).not.toBeInTheDocument();
    expect(size).toHaveFocus();
    // Open again, then Tab on past the sizes: they fold as focus leaves them.
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('radio', { name: '2-bedroom' })).toHaveFocus();
    await user.tab();
    expect(screen.queryByRole('group', { name: 'Size of web server 1' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove web server 1' })).toHaveFocus();
  });

  it('shows a name with markup as text', () => {
    useStore.getState().addWorkload('web', 'studio', '<img src=x onerror=alert(1)>');
    renderApp();
    // In the list, in the scenes' titles and in their screen-reader tables: always as text.
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('button', { name: 'Remove <img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('the app opened with no step in its link', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/');
  });

  it('opens on the first step: the small computer whose street is full, with nothing to undo', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 2, name: /Step 1 of 10: Seven apps, one small computer/ })).toBeInTheDocument();
    expect(figure('count', 'vms')).toHaveAttribute('data-value', '5');
    expect(figure('count', 'containers')).toHaveAttribute('data-value', '7');
    expect(screen.getByRole('img', { name: /^Street of houses: 5 virtual machines/ })).toHaveTextContent('No land left');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('moves through the story with Next and Back, keeping the step in the URL', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(screen.getByRole('heading', { level: 2, name: /Step 2 of 10: What the picture means/ })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('step')).toBe('2');
    expect(figure('count', 'vms')).toHaveAttribute('data-value', '2');
    await user.click(screen.getByRole('link', { name: 'Step 9: Can a VM run Docker? Yes' }));
    expect(new URLSearchParams(window.location.search).get('step')).toBe('9');
    expect(screen.getByRole('img', { name: /^Docker inside a VM: one house holding 6 containers/ })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^Street of houses/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '← Back' }));
    expect(screen.getByRole('heading', { level: 2, name: /Step 8 of 10: Unwanted guests/ })).toBeInTheDocument();
  });
});

describe('the app opened from a link', () => {
  beforeEach(() => {
    resetStore();
  });

  it('restores the scenario, the step and the view the link carries, names and all', () => {
    window.history.replaceState(null, '', '/?v=1&step=4&view=containers&m=laptop&h=2&w=5.web.s:my%20%3Cb%3Eshop%3C%2Fb%3E,9.database.2');
    renderApp();
    expect(screen.getByRole('heading', { level: 2, name: /Step 4 of 10/ })).toBeInTheDocument();
    const { containers, vms } = useStore.getState().scenario.hosts;
    expect(containers.workloads.map((w) => [w.id, w.kind, w.size, w.label])).toEqual([
      ['w5', 'web', 'studio', 'my <b>shop</b>'],
      ['w9', 'database', 'two-bedroom', 'database 1'],
    ]);
    expect(vms.hypervisor).toBe('type-2');
    expect(screen.queryByRole('img', { name: /^Street of houses/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove my <b>shop</b>' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('opens what it can of a garbled link and says what was left out', () => {
    window.history.replaceState(null, '', '/?v=1&step=77&m=mainframe&w=1.spaceship.s,2.cache.s');
    renderApp();
    const notice = screen.getByText('Part of this link could not be used.').closest('[role="status"]')!;
    expect(notice).toHaveTextContent('There is no step “77”');
    expect(notice).toHaveTextContent('no machine “mainframe”');
    expect(notice).toHaveTextContent('Left out workload “spaceship”');
    expect(useStore.getState().scenario.hosts.containers.workloads.map((w) => w.kind)).toEqual(['cache']);
    expect(screen.getByRole('heading', { level: 2, name: /Step 1 of 10/ })).toBeInTheDocument();
  });
});
