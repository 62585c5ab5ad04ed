import type { FrameLocator, Locator, Page } from '@playwright/test';

/*
 * How the browser tests find the page's structure: controls by their role and name (a control's name is its
 * interface), the scenes' parts by the data-* hooks they carry for tests (ARCHITECTURE.md, "The scenes' contract").
 * Never by the wording of a sentence, so that rewording the page breaks no test; a test that checks what a reader
 * is told checks the key term only. The locators that take more than one line live here, once.
 */

export type SceneName = 'Street of houses' | 'Apartment building' | 'Docker inside a VM' | 'Row of microVMs';

/** The CSS selector of each scene's svg, by the side it shows (`data-scene`, written by SceneFrame). */
export const SCENE: Readonly<Record<SceneName, string>> = {
  'Street of houses': 'svg.scene[data-scene="vms"]',
  'Apartment building': 'svg.scene[data-scene="containers"]',
  'Docker inside a VM': 'svg.scene[data-scene="nested"]',
  'Row of microVMs': 'svg.scene[data-scene="microvms"]',
};

/** A scene's svg, in the page or in a frame. */
export function scene(root: Page | FrameLocator, name: SceneName): Locator {
  return root.locator(SCENE[name]);
}

/** Where a row of the Workloads list runs, from its `data-sides` hook (`vms containers nested microvms`, or fewer). */
export function placesOf(sides: string): { readonly house: boolean; readonly apartment: boolean } {
  const names = sides.split(' ');
  return { house: names.includes('vms'), apartment: names.includes('containers') };
}

/** The notice a link that could not all be used opens with: the status that has a Dismiss button. */
export function linkNotice(root: Page | FrameLocator): Locator {
  return root.getByRole('status').filter({ has: root.getByRole('button', { name: 'Dismiss', exact: true }) });
}

/** The narration's polite line under the controls: what each accepted change did (a refusal goes to the alert). */
export function narration(root: Page | FrameLocator): Locator {
  return root.getByRole('region', { name: 'Change the scenario' }).getByRole('status');
}

/** What the Share group's Copy button did: copied, or how to copy instead. */
export function copyResult(root: Page | FrameLocator): Locator {
  return root.getByRole('group', { name: 'Share' }).getByRole('status');
}
