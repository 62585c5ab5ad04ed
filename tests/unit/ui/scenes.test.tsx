import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../../src/store/store.ts';
import { Scenes } from '../../../src/ui/Scenes.tsx';
import { AddWorkloads } from '../../../src/ui/AddWorkloads.tsx';

describe('the scenes in the page', () => {
  beforeEach(() => {
    useStore.setState(useStore.getInitialState(), true);
  });

  it('summarise each picture in its accessible name, and update it as workloads arrive', async () => {
    const user = userEvent.setup();
    render(
      <>
        <AddWorkloads />
        <Scenes />
      </>,
    );
    // An empty street holds only the type-1 hypervisor with its management domain: 1 GiB.
    expect(screen.getByRole('img', { name: /^Street of houses: 0 virtual machines using 1 of 64 GiB/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Apartment building: 0 containers/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add web server' }));
    await user.click(screen.getByRole('button', { name: 'Add cache' }));
    const street = screen.getByRole('img', { name: /^Street of houses: 2 virtual machines/ });
    const building = screen.getByRole('img', { name: /^Apartment building: 2 containers using .* 4 image layers stored once/ });
    expect(street.querySelectorAll('g[data-kind="vm"][data-workload-id]')).toHaveLength(2);
    expect(building.querySelectorAll('g[data-kind="container"][data-workload-id]')).toHaveLength(2);
    expect(building.querySelector('[data-layer-id][data-users="2"]')).not.toBeNull();
    expect(screen.getByRole('table', { name: 'Houses on the street' })).toHaveTextContent('web server 1');
  });

  it('draws a row of microVMs, one per workload, when MicroVMs are shown', async () => {
    const user = userEvent.setup();
    render(
      <>
        <AddWorkloads />
        <Scenes />
      </>,
    );
    for (const name of ['Add web server', 'Add cache', 'Add API service']) await user.click(screen.getByRole('button', { name }));
    act(() => useStore.getState().setView('microvms'));
    const row = await screen.findByRole('img', { name: /^Row of microVMs: 3 microVMs/ });
    await waitFor(() => expect(row.querySelectorAll('g[data-kind="microvm"][data-workload-id]')).toHaveLength(3));
    expect(row.querySelectorAll('g[data-kind="vm"]')).toHaveLength(0);
    expect(screen.getByRole('img', { name: /^Apartment building: 3 containers/ })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^Street of houses/ })).not.toBeInTheDocument();
  });

  it('offers a motion switch that is off when motion is unwelcome', async () => {
    const user = userEvent.setup();
    render(<Scenes />);
    const toggle = screen.getByRole('checkbox', { name: 'Animate changes' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(useStore.getState().animate).toBe(true);
  });

  it('marks every scene settled when nothing moves', () => {
    render(<Scenes />);
    for (const svg of screen.getAllByRole('img')) {
      if (svg.tagName.toLowerCase() === 'svg' && svg.classList.contains('scene')) expect(svg).toHaveAttribute('data-settled', 'true');
    }
  });
});
