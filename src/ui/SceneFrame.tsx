import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { PlacedSign } from '../layout/sign.ts';
import type { Side } from '../model/index.ts';
import type { Scene } from '../scenes/motion.ts';
import { useSceneCode, type SceneCode } from './sceneCode.ts';

interface SceneFrameProps<L extends { width: number; height: number }> {
  /** Which side the picture shows: written as `data-scene`, the hook tests and scripts find it by. */
  readonly side: Side;
  /**
   * Picks, from the drawing code, the D3 scene that draws into the `<g>` React hands it; it is created once per
   * mount, when the code has arrived. Declared outside components, so it stays the same function.
   */
  readonly draw: (code: SceneCode) => (root: SVGGElement) => Scene<L>;
  /** What to draw; null while the pictures' code (which lays them out too) is on its way. */
  readonly layout: L | null;
  readonly duration: number;
  readonly refusal: PlacedSign | null;
  readonly highlight?: string | null;
  readonly breachId?: string | null;
  readonly race?: number;
  /** The svg's accessible name: a one-sentence summary of the picture. */
  readonly summary: string;
  readonly className?: string;
  /** How many screen px one px of the layout takes (the projector magnifies the picture). */
  readonly zoom?: number;
  /** Screen-reader text with the same content as the picture (a visually hidden table). */
  readonly children?: ReactNode;
}

/**
 * The React shell around a D3 scene. React owns the `<svg>` and its attributes; the scene owns everything inside
 * the `<g>` (and `data-settled`). One owner per subtree: React renders no children into the `<g>`.
 */
export function SceneFrame<L extends { width: number; height: number }>({
  side,
  draw,
  layout,
  duration,
  refusal,
  highlight = null,
  breachId = null,
  race = 0,
  summary,
  className,
  zoom = 1,
  children,
}: SceneFrameProps<L>) {
  const rootRef = useRef<SVGGElement>(null);
  const sceneRef = useRef<Scene<L> | null>(null);
  const { code, failed, retry } = useSceneCode();

  // Layout effects: the picture changes in the same commit as the svg's size and name, before the browser draws a
  // frame. With passive effects the browser rendered the page twice per click, once with the old picture.
  useLayoutEffect(() => {
    if (!code) {
      // Not drawn yet: the picture is not settled until it is.
      rootRef.current?.ownerSVGElement?.setAttribute('data-settled', 'false');
      return;
    }
    const scene = draw(code)(rootRef.current!);
    sceneRef.current = scene;
    return () => {
      scene.destroy();
      sceneRef.current = null;
    };
  }, [code, draw]);

  useLayoutEffect(() => {
    const scene = sceneRef.current;
    if (!layout || !scene) return;
    const options = { duration, refusal, highlight, breachId, race };
    if (duration === 0) {
      scene.update(layout, options);
      return;
    }
    // With motion, the picture's change starts in the frame after the click's own, which then holds only the page's
    // words and figures: a click's work is spread over two frames instead of one that overruns. Until then the
    // picture is not settled.
    rootRef.current?.ownerSVGElement?.setAttribute('data-settled', 'false');
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => scene.update(layout, options));
    });
    return () => cancelAnimationFrame(frame);
  }, [code, draw, layout, duration, refusal, highlight, breachId, race]);

  // A refusal's sign stands beneath the picture, in room made for it, so it never hides a house.
  const height = Math.max(1, layout && code ? layout.height + code.signSpace(refusal) : 1);
  return (
    <div className={className}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${layout?.width ?? 1} ${height}`}
        width="100%"
        height={height * zoom}
        preserveAspectRatio="xMinYMin meet"
        className="scene"
        data-scene={side}
      >
        <g ref={rootRef} />
      </svg>
      {failed ? (
        <p className="scene-failed" role="alert">
          The picture’s drawing code did not arrive (the connection may have dropped); the figures beside it are right.{' '}
          <button type="button" onClick={retry}>
            Try again
          </button>
        </p>
      ) : null}
      {children}
    </div>
  );
}
