import type * as Scenes from '../scenes/index.ts';

/** The scenes' drawing code: D3 and the three scenes. */
export type SceneCode = typeof Scenes;

let loaded: SceneCode | null = null;
let loading: Promise<SceneCode> | null = null;

/**
 * Loads the drawing code apart from the page's first script: the words, the ledger and the controls paint while it
 * arrives (milliseconds later, from the same server or the same file). Started once, as the page starts; a failed
 * load may be tried again.
 */
export function loadSceneCode(): Promise<SceneCode> {
  loading ??= import('../scenes/index.ts').then(
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

/** Which scene each frame draws, picked from the drawing code once it is here. */
export const drawStreet = (code: SceneCode) => code.createStreetScene;
export const drawBuilding = (code: SceneCode) => code.createBuildingScene;
export const drawNested = (code: SceneCode) => code.createNestedScene;
