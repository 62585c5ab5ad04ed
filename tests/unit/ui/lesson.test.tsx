import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeCosts, fitCount, formatMemory } from '../../../src/model/index.ts';
import { SOURCED_FACTS } from '../../../src/model/sources.ts';
import { useStore } from '../../../src/store/store.ts';
import { renderApp, resetStore } from './page.tsx';

function figure(metric: string, side: 'vms' | 'containers'): number {
  const cell = document.querySelector<HTMLElement>(`[data-metric="${metric}"][data-side="${side}"]`);
  if (!cell) throw new Error(`no ${metric} figure for ${side}`);
  return Number(cell.dataset.value);
}

const hosts = () => useStore.getState().scenario.hosts;

function openAt(search: string) {
  resetStore();
  window.history.replaceState(null, '', `/${search}`);
  return { user: userEvent.setup(), ...renderApp() };
}

describe('the host controls', () => {
  beforeEach(() => {
    openAt('?step=10');
  });

  it('move everything to another machine, and the ledger follows', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add database' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Machine' }), 'laptop');
    expect(hosts().vms.hardware.presetId).toBe('laptop');
    expect(figure('memory', 'vms')).toBe(computeCosts(hosts().vms).memory.used);
    expect(document.querySelector('[data-metric="memory"][data-side="vms"]')).toHaveTextContent('of 16 GiB');
  });

  it('switch the guest OS of every house, and the street’s memory drops with a smaller guest', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add web server' }));
    const before = figure('memory', 'vms');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Guest OS in each VM' }), 'minimal');
    // A studio web server: Ubuntu's 1 GiB smallest VM becomes Alpine's 512 MiB, its app and guest rounded up.
    expect(figure('memory', 'vms')).toBe(before - 512 * 1024 * 1024);
    expect(figure('memory', 'containers')).toBe(computeCosts(hosts().containers).memory.used);
  });

  it('turn on page merging: the street’s memory drops, stays above the building’s, and says what merging gave back', async () => {
    const user = userEvent.setup();
    for (const name of ['Add web server', 'Add API service', 'Add database']) await user.click(screen.getByRole('button', { name }));
    const before = figure('memory', 'vms');
    await user.click(screen.getByRole('checkbox', { name: /Merge identical pages \(KSM\)/ }));
    expect(hosts().vms.optimisations.mergePages).toBe(true);
    const after = figure('memory', 'vms');
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(figure('memory', 'containers'));
    expect(document.querySelector('[data-metric="memory"][data-side="vms"]')).toHaveTextContent(
      `page merging gave back ${formatMemory(computeCosts(hosts().vms).memory.merged)}`,
    );
  });

  it('turn on linked clones: the street stores one base image and each house only its app', async () => {
    const user = userEvent.setup();
    for (const name of ['Add web server', 'Add web server', 'Add cache']) await user.click(screen.getByRole('button', { name }));
    const before = figure('disk', 'vms');
    await user.click(screen.getByRole('checkbox', { name: /Linked clones/ }));
    const after = figure('disk', 'vms');
    expect(after).toBeLessThan(before);
    expect(document.querySelector('[data-metric="disk"][data-side="vms"]')).toHaveTextContent('one base image');
  });

  it('put a type-2 hypervisor on a host OS, drawn as its own parcel', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Type 2: on a host OS' }));
    expect(hosts().vms.hypervisor).toBe('type-2');
    const street = screen.getByRole('img', { name: /^Street of houses/ });
    expect(street.querySelector('[data-platform="host-os"]')).not.toBeNull();
  });

  it('show one place at a time, or Docker inside a VM', async () => {
    const user = userEvent.setup();
    const show = screen.getByRole('radiogroup', { name: 'Show' });
    await user.click(within(show).getByRole('radio', { name: 'VMs only' }));
    expect(screen.getByRole('img', { name: /^Street of houses/ })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^Apartment building/ })).not.toBeInTheDocument();
    await user.click(within(show).getByRole('radio', { name: 'Containers only' }));
    expect(screen.queryByRole('img', { name: /^Street of houses/ })).not.toBeInTheDocument();
    await user.click(within(show).getByRole('radio', { name: 'Docker inside a VM' }));
    expect(screen.getByRole('img', { name: /^Docker inside a VM/ })).toBeInTheDocument();
  });

  it('refuse a smaller machine that cannot hold what runs, and say why', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /Penthouse/ }));
    for (let i = 0; i < 3; i += 1) await user.click(screen.getByRole('button', { name: 'Add Java service' }));
    const before = useStore.getState().scenario;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Machine' }), 'small-board');
    expect(useStore.getState().scenario).toBe(before);
    expect(screen.getByRole('alert')).toHaveTextContent('a single-board computer has 8 GiB of memory');
    expect(screen.getByRole('combobox', { name: 'Machine' })).toHaveValue('server');
  });
});

describe('the ledger', () => {
  it('gives, for both sides, the model’s memory, disk, start-up, count and fit', async () => {
    const { user } = openAt('?step=10');
    for (const name of ['Add web server', 'Add API service', 'Add cache']) await user.click(screen.getByRole('button', { name }));
    for (const side of ['vms', 'containers'] as const) {
      const costs = computeCosts(hosts()[side]);
      expect(figure('memory', side)).toBe(costs.memory.used);
      expect(figure('disk', side)).toBe(costs.disk.used);
      expect(figure('startup', side)).toBe(costs.startup.allReady);
      expect(figure('count', side)).toBe(3);
      expect(figure('fit', side)).toBe(fitCount(hosts()[side], 'cache', 'studio'));
    }
    const region = screen.getByRole('region', { name: 'Costs' });
    expect(region).toHaveTextContent(
      `Containers use ${formatMemory(figure('memory', 'vms') - figure('memory', 'containers'))} less memory: the houses pay for three guest kernels`,
    );
    const street = computeCosts(hosts().vms).memory;
    const parts = [...document.querySelectorAll<HTMLElement>('[data-metric="memory"][data-side="vms"] [data-part]')];
    expect(parts.map((part) => [part.dataset.part, Number(part.dataset.value)])).toEqual([
      ['apps', street.apps],
      ['guest-os', street.guestOs],
      ['reserve', street.reserve],
    ]);
    expect(street.reserve).toBeGreaterThan(0);
  });
});

describe('the assumptions', () => {
  it('change a figure in place: the ledger follows at once, and a bad value is refused with the old one kept', async () => {
    const { user } = openAt('?step=10');
    await user.click(screen.getByRole('button', { name: 'Add web server' }));
    await user.click(screen.getByText('Assumptions'));
    const input = screen.getByRole('spinbutton', { name: 'General-purpose guest: smallest whole VM (MiB)' });
    const before = figure('memory', 'vms');
    await user.clear(input);
    await user.type(input, '1536');
    expect(hosts().vms.facts.generalGuestMinimumMiB).toBe(1536);
    expect(figure('memory', 'vms')).toBe(before + 512 * 1024 * 1024);

    await user.clear(input);
    await user.type(input, '-5');
    expect(screen.getByText(/must be between 1 and 65536 MiB; -5 MiB is out of range\. The figure stays at 1536 MiB\./)).toBeInTheDocument();
    expect(hosts().vms.facts.generalGuestMinimumMiB).toBe(1536);
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect(hosts().vms.facts.generalGuestMinimumMiB).toBe(1024);
    expect(figure('memory', 'vms')).toBe(before);
  });

  it('link every figure’s source beside it, with the words it states there', async () => {
    const { user } = openAt('?step=10');
    await user.click(screen.getByText('Assumptions'));
    const row = screen.getByRole('row', { name: /Per-VM monitor overhead/ });
    const link = within(row).getByRole('link', { name: 'Firecracker SPECIFICATION.md' });
    expect(link).toHaveAttribute('href', expect.stringMatching(/^https:\/\/github\.com\/firecracker-microvm\/firecracker\/blob\/[0-9a-f]{40}\/SPECIFICATION\.md$/));
    expect(row).toHaveTextContent('memory overhead <= 5 MiB');
    for (const fact of SOURCED_FACTS) {
      const factRow = document.querySelector(`tr[data-fact="${fact.id}"]`)!;
      expect(within(factRow as HTMLElement).getByRole('link', { name: fact.source.title })).toHaveAttribute('href', fact.source.url);
    }
  });
});

describe('the story’s activities', () => {
  it('the race tells when each side is ready, at once when motion is off', async () => {
    const { user } = openAt('?step=7');
    await user.click(screen.getByRole('button', { name: 'Start all 5 workloads' }));
    const houses = computeCosts(hosts().vms).startup.allReady;
    expect(screen.getByText('Real time:').parentElement).toHaveTextContent(`${houses} s`);
    expect(screen.getByText('Apartments ready').parentElement).toHaveTextContent('5 of 5');
    expect(screen.getByText('Houses ready').parentElement).toHaveTextContent('5 of 5');
  });

  it('unwanted guests: one compromised tenant marks every apartment and one house', async () => {
    const { user } = openAt('?step=8');
    await user.click(screen.getByRole('button', { name: 'Let an attacker into web server 1' }));
    expect(screen.getByText(/reaches all 4 apartments/)).toBeInTheDocument();
    const street = screen.getByRole('img', { name: /^Street of houses/ });
    expect(street.querySelectorAll('[data-breached="true"]')).toHaveLength(1);
    const building = screen.getByRole('img', { name: /^Apartment building/ });
    expect(building.querySelector('g[data-highlight="breach"]')).not.toBeNull();
    expect(screen.getByRole('heading', { name: /Middle grounds/ })).toBeInTheDocument();
    act(() => useStore.getState().setBreach(null));
    expect(street.querySelectorAll('[data-breached="true"]')).toHaveLength(0);
  });
});

describe('the fit check', () => {
  it('says how many more of the chosen workload fit on each side, at the size an Add would use', async () => {
    const { user } = openAt('?step=10');
    await user.selectOptions(screen.getByRole('combobox', { name: 'More of' }), 'database');
    expect(figure('fit', 'vms')).toBe(fitCount(hosts().vms, 'database', 'two-bedroom'));
    expect(figure('fit', 'containers')).toBe(fitCount(hosts().containers, 'database', 'two-bedroom'));
    expect(screen.getByText('that still fit, as a 2-bedroom')).toBeInTheDocument();
  });
});

describe('the workload list', () => {
  it('say where each workload runs, even when only the Docker VM took it', () => {
    openAt('?v=1&step=10&w=1.web.s,2.api.1.c,3.cache.s.v,4.worker.s.n');
    const row = (name: RegExp) => within(screen.getByRole('list', { name: 'Workloads' })).getByText(name).closest('li')!;
    expect(row(/^web server 1/)).toHaveTextContent('a house and an apartment');
    expect(row(/^API service 1/)).toHaveTextContent('an apartment only');
    expect(row(/^cache 1/)).toHaveTextContent('a house only');
    expect(row(/^background worker 1/)).toHaveTextContent('Docker inside the VM only');
  });
});
