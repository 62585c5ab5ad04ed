import { useEffect, useState } from 'react';
import type * as Drawing from './drawing.ts';

/** The pictures' code: the layouts and the stage's fitting, D3 and the three scenes (drawing.ts). */
export type SceneCode = typeof Drawing;

let loaded: SceneCode | null = null;
let loading: Promise<SceneCode> | null = null;

/**
 * Loads the drawing code apart from the page's first script: the words, the ledger and the controls paint while it
 * arrives (milliseconds later, from the same server or the same file). Started once, as the page starts; a failed
 * load may be tried again.
 */
export function loadSceneCode(): Promise<SceneCode> {
  loading ??= import('./drawing.ts').then(
    (code) => (loaded = code),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The drawing code if it has arrived, else null. */
export function sceneCode(): SceneCode | null {
  return loaded;
}

/**
 * The pictures' code for a component: null until it has arrived (then the component renders again), and whether
 * its load failed, with a way to try again.
 */
export function useSceneCode(): { readonly code: SceneCode | null; readonly failed: boolean; retry(): void } {
  const [code, setCode] = useState(sceneCode);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (code || failed) return;
    let live = true;
    loadSceneCode().then(
      (loaded) => live && setCode(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [code, failed]);
  return { code, failed, retry: () => setFailed(false) };
}

/** Which scene each frame draws, picked from the drawing code once it is here. */
export const drawStreet = (code: SceneCode) => code.createStreetScene;
export const drawBuilding = (code: SceneCode) => code.createBuildingScene;
export const drawNested = (code: SceneCode) => code.createNestedScene;
