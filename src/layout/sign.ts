// A refusal sign's shape, without D3: the frame makes room for it before the scenes' drawing code has loaded.
import type { Caption } from './shapes.ts';
import { textWidth, wrapText } from './text.ts';

const HEADLINE_SIZE = 18;
const DETAIL_SIZE = 15;
const PAD = 8;
/** Between the picture and the sign, and beneath the sign. */
const GAP = 6;
const MAX_WIDTH = 420;

/** What a sign says: a headline and one line of reason (wrapped to fit). */
export interface SignText {
  readonly headline: string;
  readonly detail: string;
  /** The reason in fewer words, longest first, for a sign too narrow to say `detail` on one line. */
  readonly shorter?: readonly string[];
}

/** What a side says when it refused the action numbered `serial` (a repeated refusal shows again). */
export interface RefusalSign extends SignText {
  readonly serial: number;
}

/** A sign placed beneath its scene: the board in scene coordinates, its words in the board's own. */
export interface SignBoard {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly headline: Caption;
  readonly lines: readonly Caption[];
}

/** The sign for a scene `sceneWidth` by `sceneHeight` px: beneath the far end of the lot, where the land ran out. */
export function signBoard(sign: SignText, sceneWidth: number, sceneHeight: number): SignBoard {
  const maxWidth = Math.min(MAX_WIDTH, sceneWidth - 8);
  const room = maxWidth - 2 * PAD;
  const oneLine = [sign.detail, ...(sign.shorter ?? [])].find((text) => textWidth(text, DETAIL_SIZE) <= room);
  const lines = oneLine !== undefined ? [oneLine] : wrapText(sign.detail, room, DETAIL_SIZE);
  const widest = Math.max(textWidth(sign.headline, HEADLINE_SIZE), ...lines.map((line) => textWidth(line, DETAIL_SIZE)));
  const width = Math.min(maxWidth, widest + 2 * PAD);
  const height = 2 * PAD + HEADLINE_SIZE + lines.length * (DETAIL_SIZE + 4);
  return {
    x: Math.max(4, sceneWidth - width - 4),
    y: sceneHeight + GAP,
    width,
    height,
    headline: { text: sign.headline, x: PAD, y: PAD + HEADLINE_SIZE - 3, shown: true },
    lines: lines.map((text, i) => ({ text, x: PAD, y: PAD + HEADLINE_SIZE + (i + 1) * (DETAIL_SIZE + 4), shown: true })),
  };
}

/** A refusal's sign, placed for a scene of one size. */
export interface PlacedSign {
  /** Changes with the refusal and with the scene's size: a new key is a new board, drawn to fit. */
  readonly key: string;
  readonly board: SignBoard;
}

/** The sign for a refusal (one that says which action it answers), or null when the side refused nothing. */
export function placeSign(
  sign: RefusalSign | null | undefined,
  sceneWidth: number,
  sceneHeight: number,
): PlacedSign | null {
  if (!sign) return null;
  return { key: `${sign.serial}@${Math.round(sceneWidth)}x${Math.round(sceneHeight)}`, board: signBoard(sign, sceneWidth, sceneHeight) };
}

/** The room a sign needs beneath its scene, so the frame can make space and the sign hides nothing. */
export function signSpace(sign: PlacedSign | null | undefined): number {
  return sign ? sign.board.height + 2 * GAP : 0;
}
