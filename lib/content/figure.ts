/**
 * The drawing model for Limber's exercise illustrations: stick figures with round heads in a
 * 100 x 100 box, the moving part drawn apart so it can take the accent colour, and arrows for the
 * motion. Illustrations are plain data (points), so a test can check every one and the page
 * renders them as inline SVG without any markup strings.
 */

export type Point = readonly [number, number];

/** The size of the square every illustration is drawn in. */
export const FIGURE_BOX = 100;
export const HEAD_RADIUS = 7;

/** A joint chain drawn as one stroke, e.g. shoulder, elbow, hand. */
export type Limb = readonly Point[];

export interface Arrow {
  /** Points along the motion, at least two; drawn as a smooth curve through them. */
  points: readonly Point[];
  /** A head at the start as well, for back-and-forth motions. */
  both?: boolean;
}

/** The picture's words for screen readers are a message named from its exercise's id. */
export interface Illustration {
  /** Furniture, floor and surroundings, drawn thin and muted. */
  scene: readonly Limb[];
  /** Where the moving part starts, drawn faint and dashed (optional). */
  ghost?: readonly Limb[];
  /** Where the head starts, drawn faint and dashed (optional). */
  ghostHead?: Point;
  /** The still parts of the figure. */
  body: readonly Limb[];
  /** The parts that move, drawn in the accent colour. */
  moving: readonly Limb[];
  head: { at: Point; moving: boolean };
  /** Small filled dots (a clenched fist, an eye); drawn in the accent colour. */
  dots?: readonly Point[];
  arrows: readonly Arrow[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function rotate(points: readonly Point[], about: Point, degrees: number): Point[] {
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  return points.map(([x, y]) => {
    const dx = x - about[0];
    const dy = y - about[1];
    return [round(about[0] + dx * cos - dy * sin), round(about[1] + dx * sin + dy * cos)];
  });
}

export function mirror(points: readonly Point[], axisX = FIGURE_BOX / 2): Point[] {
  return points.map(([x, y]) => [round(2 * axisX - x), y]);
}

/** SVG path data for straight strokes through each chain's points. */
export function polylinePath(limbs: readonly Limb[]): string {
  return limbs
    .filter((limb) => limb.length >= 2)
    .map((limb) => limb.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(''))
    .join('');
}

/** A smooth curve through the points (Catmull-Rom turned into cubic Béziers). */
export function curvePath(points: readonly Point[]): string {
  const [first] = points;
  if (!first || points.length < 2) return '';
  let d = `M${first[0]} ${first[1]}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)] as Point;
    const p1 = points[i] as Point;
    const p2 = points[i + 1] as Point;
    const p3 = points[Math.min(points.length - 1, i + 2)] as Point;
    const c1: Point = [round(p1[0] + (p2[0] - p0[0]) / 6), round(p1[1] + (p2[1] - p0[1]) / 6)];
    const c2: Point = [round(p2[0] - (p3[0] - p1[0]) / 6), round(p2[1] - (p3[1] - p1[1]) / 6)];
    d += `C${c1[0]} ${c1[1]} ${c2[0]} ${c2[1]} ${p2[0]} ${p2[1]}`;
  }
  return d;
}

const ARROW_HEAD = 4.5;

/** Two short strokes at `tip`, pointing away from `from`. */
function arrowHead(tip: Point, from: Point): string {
  const angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
  const wing = (offset: number): Point => [
    round(tip[0] - ARROW_HEAD * Math.cos(angle + offset)),
    round(tip[1] - ARROW_HEAD * Math.sin(angle + offset)),
  ];
  const [ax, ay] = wing(0.5);
  const [bx, by] = wing(-0.5);
  return `M${ax} ${ay}L${tip[0]} ${tip[1]}L${bx} ${by}`;
}

export function arrowPath(arrow: Arrow): string {
  const { points } = arrow;
  const end = points.at(-1);
  const beforeEnd = points.at(-2);
  if (!end || !beforeEnd) return '';
  let d = curvePath(points) + arrowHead(end, beforeEnd);
  const [start, afterStart] = points;
  if (arrow.both && start && afterStart) d += arrowHead(start, afterStart);
  return d;
}

/** Every point an illustration uses, so a test can check they all lie inside the box. */
export function allPoints(illustration: Illustration): Point[] {
  const { scene, ghost = [], ghostHead, body, moving, head, dots = [], arrows } = illustration;
  return [
    ...[...scene, ...ghost, ...body, ...moving].flat(),
    head.at,
    ...(ghostHead ? [ghostHead] : []),
    ...dots,
    ...arrows.flatMap((a) => a.points),
  ];
}
