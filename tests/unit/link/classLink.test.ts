import { beforeEach, describe, expect, it } from 'vitest';
import { classLink } from '../../../src/store/classLink.ts';
import { readLink } from '../../../src/store/link.ts';
import { STEPS } from '../../../src/store/steps.ts';
import { useStore } from '../../../src/store/store.ts';

const pageState = () => {
  const { scenario, view, step, theme } = useStore.getState();
  return { scenario, view, step, theme };
};

describe('the link a class scans (QR code)', () => {
  beforeEach(() => useStore.setState(useStore.getInitialState(), true));

  it('is the step alone while the page shows the step’s own scenario, whatever ids its workloads were given', () => {
    const store = useStore.getState();
    store.goToStep(5, { url: 'none' });
    store.goToStep(2, { url: 'none' });
    store.goToStep(5, { url: 'none' });
    expect(classLink(pageState())).toBe('?step=6');
  });

  it('carries the whole scenario once the presenter has changed it, and opens that same scenario', () => {
    const store = useStore.getState();
    store.goToStep(3, { url: 'none' });
    store.addWorkload('cache');
    const link = classLink(pageState());
    expect(link).not.toBe('?step=4');
    const opened = readLink(link, STEPS.length);
    expect(opened.notices).toEqual([]);
    expect(opened.state.step).toBe(3);
    expect(opened.state.spec?.workloads?.map((workload) => workload.kind)).toEqual(useStore.getState().scenario.hosts.containers.workloads.map((workload) => workload.kind));
  });

  it('carries another view than the step’s, and never the presenter’s theme', () => {
    const store = useStore.getState();
    store.goToStep(0, { url: 'none' });
    store.setTheme('projector');
    expect(classLink(pageState())).toBe('?step=1');
    store.setView('containers');
    const link = classLink(pageState());
    expect(new URLSearchParams(link).get('view')).toBe('containers');
    expect(new URLSearchParams(link).has('theme')).toBe(false);
  });

  it('in free play (a step without a scenario of its own) is always the whole state', () => {
    useStore.getState().goToStep(STEPS.length - 1, { url: 'none' });
    expect(new URLSearchParams(classLink(pageState())).has('w')).toBe(true);
  });
});
