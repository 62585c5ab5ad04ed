import type { ComposedPicture } from './compose.ts';

/** A picture ready to save: the text of a standalone SVG file and its size in SVG units. */
export interface Picture {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** The composed picture as the text of an SVG file of its own, XML declaration first. */
export function serialisePicture({ root, width, height }: ComposedPicture): Picture {
  const xml = new XMLSerializer().serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height };
}
