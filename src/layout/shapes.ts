// The shapes layout hands to scenes, in scene coordinates (or a node's own, where its type says so). Scenes draw
// them as they are: every position and size is decided here.

/** A rectangle. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A roof: a triangle from one eave to the other, its ridge above. */
export interface Roof {
  readonly left: number;
  readonly right: number;
  /** The eaves' height. */
  readonly baseY: number;
  readonly ridgeX: number;
  readonly ridgeY: number;
}

/** Where a tenant stands: the middle of their feet and the radius of their head; the figure is seven radii tall. */
export interface PersonSpot {
  readonly cx: number;
  readonly bottom: number;
  readonly r: number;
}

/** Words placed in the picture: already fitted to their room, so `text` may be shortened with "…", or empty. */
export interface Caption {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** False when the words do not fit and the scene should hide them. */
  readonly shown: boolean;
}

/** A horizontal line, such as the building's roof line. */
export interface Level {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
}

/** How far a drawn shape stands in from the land it is drawn on: each side, the top and the bottom, in px. */
export interface Inset {
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  /** Never narrower than this, so a sliver of land still shows as a line. */
  readonly minWidth?: number;
}

/** `rect` drawn smaller by `inset`: land is drawn a little inside its parcel, so neighbours do not run together. */
export function insetRect(rect: Rect, { x, top, bottom, minWidth = 0 }: Inset): Rect {
  return { x: rect.x + x, y: rect.y + top, width: Math.max(minWidth, rect.width - 2 * x), height: rect.height - top - bottom };
}
