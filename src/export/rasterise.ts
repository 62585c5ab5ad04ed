import type { Picture } from './serialise.ts';

/** The PNG is drawn at this many pixels per SVG unit, as on a high-density screen. */
export const PNG_SCALE = 2;

/** The picture as an image the canvas can draw: a data: URL, which a page opened from disk may use too. */
function loadImage(picture: Picture, doc: Document): Promise<HTMLImageElement> {
  const image = doc.createElement('img');
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The picture could not be drawn.'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`;
  });
}

/** Draws the picture on a canvas of `doc` at `scale` pixels per SVG unit and encodes it as a PNG. */
export async function rasterisePicture(picture: Picture, doc: Document, scale = PNG_SCALE): Promise<Blob> {
  const image = await loadImage(picture, doc);
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser has no canvas to draw on.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas refused to make a PNG.'))), 'image/png');
  });
}
