import { useId } from 'preact/hooks';
import {
  arrowPath,
  FIGURE_BOX,
  HEAD_RADIUS,
  type Illustration,
  polylinePath,
} from '@/lib/content/figure';
import './ExerciseIllustration.css';

// The colours are the page's theme tokens, set by class in ExerciseIllustration.css; the SVG
// itself only says "the current text colour" (once, on the root), so it never carries a colour
// of its own and stays legible before the stylesheet applies.

interface ExerciseIllustrationProps {
  illustration: Illustration;
  /** What the picture shows, for screen readers (see `illustrationTitle`). */
  title: string;
}

/** One exercise drawn as a line figure: still parts in ink, the moving part and arrows in accent. */
export function ExerciseIllustration({ illustration, title }: ExerciseIllustrationProps) {
  const titleId = useId();
  const { scene, ghost, ghostHead, body, moving, head, dots = [], arrows } = illustration;
  const ghostPath = polylinePath(ghost ?? []);
  return (
    <svg
      class="exercise-illustration"
      viewBox={`0 0 ${FIGURE_BOX} ${FIGURE_BOX}`}
      role="img"
      aria-labelledby={titleId}
      xmlns="http://www.w3.org/2000/svg"
      fill="none"
      stroke="currentColor"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <title id={titleId}>{title}</title>
      <path class="fig-scene" d={polylinePath(scene)} stroke-width="1.5" />
      {ghostPath ? (
        <path class="fig-ghost" d={ghostPath} stroke-width="2.5" stroke-dasharray="3 4" />
      ) : null}
      {ghostHead ? (
        <circle
          class="fig-ghost"
          cx={ghostHead[0]}
          cy={ghostHead[1]}
          r={HEAD_RADIUS}
          stroke-width="2.5"
          stroke-dasharray="3 4"
        />
      ) : null}
      <path class="fig-body" d={polylinePath(body)} stroke-width="3.5" />
      <circle
        class={head.moving ? 'fig-moving' : 'fig-body'}
        cx={head.at[0]}
        cy={head.at[1]}
        r={HEAD_RADIUS}
        stroke-width="3.5"
      />
      {moving.length > 0 ? (
        <path class="fig-moving" d={polylinePath(moving)} stroke-width="4" />
      ) : null}
      {dots.map(([cx, cy]) => (
        <circle key={`${cx},${cy}`} class="fig-dot" cx={cx} cy={cy} r="3" fill="currentColor" />
      ))}
      {arrows.map((arrow) => (
        <path key={arrowPath(arrow)} class="fig-arrow" d={arrowPath(arrow)} stroke-width="2" />
      ))}
    </svg>
  );
}
