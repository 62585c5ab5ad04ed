import type { Host } from '../model/index.ts';
import { composePicture } from './compose.ts';
import { PNG_SCALE, rasterisePicture } from './rasterise.ts';
import { saveBlob } from './save.ts';
import { serialisePicture, type Picture } from './serialise.ts';

/*
 * "Download picture": the scenes as one standalone SVG (or a PNG of it at twice the size) for a slide or a document.
 * Every step takes the scene svgs and the host it describes as arguments; nothing here reads the page or the store.
 */

export { composePicture, PICTURE_TITLE, scenesIn, type ComposedPicture } from './compose.ts';
export { pictureFootnote } from './footnote.ts';
export { PNG_SCALE, rasterisePicture } from './rasterise.ts';
export { downloadsForbidden, fullVersionHref, inFrame, saveBlob } from './save.ts';
export { serialisePicture, type Picture } from './serialise.ts';
export { inlineStyles, pageColours, type PageColours } from './styles.ts';

/** The file names a saved picture gets. */
export const SVG_FILE = 'houses-and-apartments.svg';
export const PNG_FILE = 'houses-and-apartments.png';

/** The scenes as the text of one standalone SVG file, footnoted with `host`'s assumptions; throws with no scene. */
export function buildPicture(scenes: readonly SVGSVGElement[], host: Host): Picture {
  return serialisePicture(composePicture(scenes, host));
}

/** Saves the scenes as an SVG file from their own page; throws when there is no scene or the page may not download. */
export function saveSvg(scenes: readonly SVGSVGElement[], host: Host): void {
  const picture = buildPicture(scenes, host);
  saveBlob(new Blob([picture.svg], { type: 'image/svg+xml' }), SVG_FILE, scenes[0]!.ownerDocument);
}

/** Saves the scenes as a PNG at `PNG_SCALE` pixels per unit; rejects as `saveSvg` throws, or when it cannot be drawn. */
export async function savePng(scenes: readonly SVGSVGElement[], host: Host): Promise<void> {
  const picture = buildPicture(scenes, host);
  const doc = scenes[0]!.ownerDocument;
  saveBlob(await rasterisePicture(picture, doc, PNG_SCALE), PNG_FILE, doc);
}
