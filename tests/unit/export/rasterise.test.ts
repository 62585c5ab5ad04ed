import { describe, expect, it, vi } from 'vitest';
import { PNG_SCALE, rasterisePicture, type Picture } from '../../../src/export/index.ts';

/*
 * jsdom neither decodes images nor paints a canvas, so the browser's part is stood in for: the image "loads" (or
 * fails) when given its source, and the canvas records how it was drawn. The real PNG is checked in the browser
 * (tests/browser/offline.spec.ts); here, the size it is drawn at and what is drawn.
 */

const picture: Picture = { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="310" height="205"/>', width: 310, height: 205 };

function imagesThat(outcome: 'load' | 'error'): string[] {
  const sources: string[] = [];
  vi.spyOn(HTMLImageElement.prototype, 'src', 'set').mockImplementation(function (this: HTMLImageElement, source: string) {
    sources.push(source);
    queueMicrotask(() => this.dispatchEvent(new Event(outcome)));
  });
  return sources;
}

function canvasThatDraws() {
  const drawn: { image: unknown; width: number; height: number }[] = [];
  const context = {
    drawImage: (image: unknown, _x: number, _y: number, width: number, height: number) => drawn.push({ image, width, height }),
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => context as never);
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (this: HTMLCanvasElement, done: BlobCallback) {
    done(new Blob([`${this.width}×${this.height}`], { type: 'image/png' }));
  });
  return drawn;
}

describe('the PNG of the picture', () => {
  it('is the SVG drawn at twice its size', async () => {
    const sources = imagesThat('load');
    const drawn = canvasThatDraws();
    const png = await rasterisePicture(picture, document);
    expect(PNG_SCALE).toBe(2);
    expect(png.type).toBe('image/png');
    expect(await png.text()).toBe('620×410');
    expect(drawn).toEqual([{ image: expect.any(HTMLImageElement), width: 620, height: 410 }]);
    expect(sources).toEqual([`data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`]);
  });

  it('is not made when the browser cannot draw the picture, or has no canvas', async () => {
    imagesThat('error');
    await expect(rasterisePicture(picture, document)).rejects.toThrow('The picture could not be drawn.');
    vi.restoreAllMocks();
    imagesThat('load');
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    await expect(rasterisePicture(picture, document)).rejects.toThrow('This browser has no canvas to draw on.');
  });
});
