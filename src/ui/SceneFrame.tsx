import { useEffect, useRef, type ReactNode } from 'react';
import type { Scene, SceneRefusal } from '../scenes/motion.ts';
import { signSpace } from '../scenes/sign.ts';

interface SceneFrameProps<L extends { width: number; height: number }> {
  /** Creates the D3 scene on the `<g>` React hands it; called once per mount. */
  readonly create: (root: SVGGElement) => Scene<L>;
  readonly layout: L;
  readonly duration: number;
  readonly refusal: SceneRefusal | null;
  readonly highlight?: string | null;
  readonly breachId?: string | null;
  readonly race?: number;
  /** The svg's accessible name: a one-sentence summary of the picture. */
  readonly summary: string;
  readonly className?: string;
  /** Screen-reader text with the same content as the picture (a visually hidden table). */
  readonly children?: ReactNode;
}

/**
 * The React shell around a D3 scene. React owns the `<svg>` and its attributes; the scene owns everything inside
 * the `<g>` (and `data-settled`). One owner per subtree: React renders no children into the `<g>`.
 */
export function SceneFrame<L extends { width: number; height: number }>({
  create,
  layout,
  duration,
  refusal,
  highlight = null,
  breachId = null,
  race = 0,
  summary,
  className,
  children,
}: SceneFrameProps<L>) {
  const rootRef = useRef<SVGGElement>(null);
  const sceneRef = useRef<Scene<L> | null>(null);

  useEffect(() => {
    const scene = create(rootRef.current!);
    sceneRef.current = scene;
    return () => {
      scene.destroy();
      sceneRef.current = null;
    };
  }, [create]);

  useEffect(() => {
    sceneRef.current?.update(layout, { duration, refusal, highlight, breachId, race });
  }, [create, layout, duration, refusal, highlight, breachId, race]);

  // A refusal's sign stands beneath the picture, in room made for it, so it never hides a house.
  const height = Math.max(1, layout.height + signSpace(refusal, layout.width));
  return (
    <div className={className}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${layout.width} ${height}`}
        width="100%"
        height={height}
        preserveAspectRatio="xMinYMin meet"
        className="scene"
      >
        <g ref={rootRef} />
      </svg>
      {children}
    </div>
  );
}
