// The code that lays out and draws the pictures: the layouts, the stage's fitting, D3 and the scenes. It loads apart
// from the first script (sceneCode.ts), started as the page starts: the first screen paints its words from the
// prerendered markup meanwhile, and the picture stands when this has arrived.
export * from '../scenes/index.ts';
export { layOutStage } from './stage.ts';
export { sizesInUse } from '../layout/index.ts';
