import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { landScale, layoutBuilding, layoutNested, layoutStreet, placeSign } from '../../../src/layout/index.ts';
import { applyToScenario, layerUsage, type Scenario, type ScenarioAction } from '../../../src/model/index.ts';
import { createBuildingScene, createNestedScene, createStreetScene, type Scene } from '../../../src/scenes/index.ts';
import { actionArb, makeScenarioWith, startScenarioArb } from '../fixtures.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 520;

/** Three scenes in three svgs, drawn at duration 0, as the app draws them when motion is off. */
function mountScenes() {
  const make = () => {
    const svg = document.createElementNS(SVG, 'svg');
    const g = document.createElementNS(SVG, 'g');
    svg.append(g);
    document.body.append(svg);
    return { svg, g };
  };
  const street = make();
  const building = make();
  const nested = make();
  const scenes = {
    street: createStreetScene(street.g),
    building: createBuildingScene(building.g),
    nested: createNestedScene(nested.g),
  };
  const draw = (scenario: Scenario) => {
    const scale = landScale(scenario.hosts.vms, WIDTH);
    scenes.street.update(layoutStreet(scenario.hosts.vms, scale), { duration: 0 });
    scenes.building.update(layoutBuilding(scenario.hosts.containers, scale), { duration: 0 });
    scenes.nested.update(layoutNested(scenario.hosts.nested, scale), { duration: 0 });
  };
  const destroy = () => {
    for (const scene of Object.values(scenes) as Scene<never>[]) scene.destroy();
    for (const { svg } of [street, building, nested]) svg.remove();
  };
  return { street: street.svg, building: building.svg, nested: nested.svg, draw, destroy };
}

let mounted: ReturnType<typeof mountScenes> | null = null;
afterEach(() => {
  mounted?.destroy();
  mounted = null;
});

const ids = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((element) => element.getAttribute('data-workload-id'));

/** Asserts the drawn DOM is exactly the scenario: the same workloads, the same layers with the same users. */
function expectDomMatches(dom: ReturnType<typeof mountScenes>, scenario: Scenario): void {
  const { vms, containers, nested } = scenario.hosts;
  expect(ids(dom.street, 'g[data-kind="vm"][data-workload-id]')).toEqual(vms.workloads.map((w) => w.id));
  expect(ids(dom.building, 'g[data-kind="container"][data-workload-id]')).toEqual(containers.workloads.map((w) => w.id));
  const house = dom.nested.querySelector('g[data-kind="vm"][data-hosts="containers"]');
  expect(house).not.toBeNull();
  expect(ids(house!, 'g[data-kind="container"][data-workload-id]')).toEqual(nested.workloads.map((w) => w.id));
  for (const [svg, host] of [[dom.building, containers], [dom.nested, nested]] as const) {
    const drawn = [...svg.querySelectorAll('[data-layer-id]')].map((el) => `${el.getAttribute('data-layer-id')} ${el.getAttribute('data-users')}`);
    expect(drawn.sort()).toEqual(layerUsage(host).map((use) => `${use.layer.id} ${use.users.length}`).sort());
  }
  const scale = landScale(vms, WIDTH);
  const street = layoutStreet(vms, scale);
  for (const node of street.houses) {
    const element = dom.street.querySelector(`g[data-workload-id="${node.id}"]`);
    expect(element?.getAttribute('transform')).toBe(`translate(${node.x},${node.y})`);
  }
  for (const svg of [dom.street, dom.building, dom.nested]) {
    expect(svg.getAttribute('data-settled')).toBe('true');
    expect(svg.querySelector('[data-leaving]')).toBeNull();
  }
}

function apply(scenario: Scenario, action: ScenarioAction): Scenario {
  return applyToScenario(scenario, action).scenario;
}

describe('scenes at duration 0', () => {
  it('draw one house and one apartment per workload, and each layer once with its users', () => {
    mounted = mountScenes();
    const scenario = makeScenarioWith({ workloads: ['web', 'api', 'worker', 'cache', 'database'] });
    mounted.draw(scenario);
    expectDomMatches(mounted, scenario);
    const alpine = mounted.building.querySelectorAll('[data-layer-id="sha256:720703f93de74febdaa8c8741430e882cc7dd3deb84d9db4adcbbed24898496a"]');
    expect(alpine).toHaveLength(1);
    expect(alpine[0]!.getAttribute('data-users')).toBe('4');
  });

  it('light one layer\'s links, and its users, while it is focused, and none at rest', () => {
    mounted = mountScenes();
    const scenario = makeScenarioWith({ workloads: ['web', 'api', 'worker', 'cache', 'database'] });
    mounted.draw(scenario);
    const alpine = mounted.building.querySelector<SVGGElement>('[data-layer-id^="sha256:720703"]')!;
    expect(mounted.building.querySelectorAll('.layer-link.lit')).toHaveLength(0);
    expect(alpine.getAttribute('tabindex')).toBe('0');
    alpine.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(mounted.building.querySelectorAll('.layer-link.lit')).toHaveLength(4);
    expect(mounted.building.querySelectorAll('g[data-kind="container"].lit')).toHaveLength(4);
    alpine.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(mounted.building.querySelectorAll('.lit')).toHaveLength(0);
  });

  it('follow adds, resizes and removes, ending in a DOM that matches the store', () => {
    mounted = mountScenes();
    let scenario = makeScenarioWith({ workloads: ['web', 'cache'] });
    mounted.draw(scenario);
    const [web, cache] = scenario.hosts.vms.workloads;
    const steps: ScenarioAction[] = [
      { type: 'add', workload: { id: 'db', kind: 'database', size: 'two-bedroom', label: 'db' } },
      { type: 'resize', id: web!.id, size: 'penthouse' },
      { type: 'remove', id: cache!.id },
      { type: 'add', workload: { id: 'api', kind: 'api', size: 'one-bedroom', label: 'api' } },
      { type: 'resize', id: 'db', size: 'penthouse' },
      { type: 'remove', id: web!.id },
    ];
    for (const step of steps) {
      scenario = apply(scenario, step);
      mounted.draw(scenario);
      expectDomMatches(mounted, scenario);
    }
  });

  it('touch only the new house and the new apartment when one workload is added', () => {
    mounted = mountScenes();
    let scenario = makeScenarioWith({ workloads: ['web', 'api', 'cache', 'worker'] });
    mounted.draw(scenario);
    const touched = new Set<string>();
    const collect = (records: MutationRecord[]) => {
      for (const record of records) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        const owner = target?.closest('[data-workload-id]');
        if (owner) touched.add(owner.getAttribute('data-workload-id')!);
        for (const added of record.addedNodes) {
          if (added instanceof Element && added.hasAttribute('data-workload-id')) touched.add(added.getAttribute('data-workload-id')!);
        }
      }
    };
    const observer = new MutationObserver(collect);
    for (const svg of [mounted.street, mounted.building]) observer.observe(svg, { subtree: true, attributes: true, childList: true });
    scenario = apply(scenario, { type: 'add', workload: { id: 'new', kind: 'web', size: 'studio', label: 'new web' } });
    mounted.draw(scenario);
    collect(observer.takeRecords());
    observer.disconnect();
    expect([...touched]).toEqual(['new']);
  });

  it('put up a sign on the side that refused, and take it down at the next change', () => {
    mounted = mountScenes();
    const scenario = makeScenarioWith({ workloads: ['web'] });
    const scale = landScale(scenario.hosts.vms, WIDTH);
    const street = createStreetScene(mounted.street.querySelector('g')!);
    const layout = layoutStreet(scenario.hosts.vms, scale);
    const refusal = placeSign({ headline: 'No land left', detail: 'Needs 2.3 GiB of memory; 1.2 GiB free.', serial: 3 }, layout.width, layout.height);
    street.update(layout, { duration: 0, refusal });
    expect(mounted.street.textContent).toContain('No land left');
    expect(mounted.street.textContent).toContain('Needs 2.3 GiB of memory; 1.2 GiB free.');
    street.update(layoutStreet(scenario.hosts.vms, scale), { duration: 0, refusal: null });
    expect(mounted.street.textContent).not.toContain('No land left');
    street.destroy();
  });

  it('keep a name with markup as text', () => {
    mounted = mountScenes();
    const scenario = makeScenarioWith({ workloads: [{ kind: 'web', label: '<img src=x onerror=alert(1)>' }] });
    mounted.draw(scenario);
    expect(mounted.street.querySelector('img')).toBeNull();
    expect(mounted.street.querySelector('g[data-kind="vm"] title')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(mounted.building.querySelector('g[data-kind="container"]')?.getAttribute('aria-label')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('scenes after any sequence of actions (40 runs)', () => {
  // Shorter sequences than the model's properties: every step redraws three scenes in jsdom.
  const sequences = fc.array(actionArb, { minLength: 1, maxLength: 25 });
  it('always end in a DOM that matches the store', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(startScenarioArb, sequences, (start, actions) => {
        const dom = mountScenes();
        try {
          let scenario = start;
          dom.draw(scenario);
          for (const action of actions) {
            scenario = apply(scenario, action);
            dom.draw(scenario);
          }
          expectDomMatches(dom, scenario);
        } finally {
          dom.destroy();
        }
      }),
      { numRuns: 40 },
    );
  });
});
