// A refusal sign's shape, without D3: the frame makes room for it before the scenes' drawing code has loaded.
import type { SceneRefusal } from './motion.ts';
import { textWidth, wrapText } from './text.ts';

export const HEADLINE_SIZE = 18;
export const DETAIL_SIZE = 15;
export const PAD = 10;
export const GAP = 6;

/** A sign's lines and size for a scene of the given width. */
export function boardShape(refusal: SceneRefusal, sceneWidth: number) {
  const maxWidth = Math.min(420, sceneWidth - 8);
  const lines = wrapText(refusal.detail, maxWidth - 2 * PAD, DETAIL_SIZE);
  const widest = Math.max(textWidth(refusal.headline, HEADLINE_SIZE), ...lines.map((line) => textWidth(line, DETAIL_SIZE)));
  const width = Math.min(maxWidth, widest + 2 * PAD);
  const height = 2 * PAD + HEADLINE_SIZE + lines.length * (DETAIL_SIZE + 4);
  return { lines, width, height };
}

/** The room a sign needs beneath its scene, so the frame can make space and the sign hides nothing. */
export function signSpace(refusal: SceneRefusal | null | undefined, sceneWidth: number): number {
  return refusal ? boardShape(refusal, sceneWidth).height + 2 * GAP : 0;
}
