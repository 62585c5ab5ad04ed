// The `dom` project's setup (vite.config.ts): the scenes, component and picture tests, in jsdom. The `node` project,
// the pure code's tests, loads none of this.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadLater } from '../../src/ui/later.ts';
import { loadSceneCode } from '../../src/ui/sceneCode.ts';

// The page loads the scenes' drawing code beside its first render; the tests start once it is here, so a render
// draws at once, as it does in the browser a few milliseconds later.
beforeAll(async () => {
  await Promise.all([loadSceneCode(), preloadLater()]);
});

afterEach(() => {
  cleanup();
});
