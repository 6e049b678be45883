/**
 * Geometric edge picking with a tolerance. Sigma picks edges from a half-resolution id buffer, so a
 * 2 px edge is often missed by a click that lands right on it; clicks on empty stage fall back to
 * the nearest drawn edge within a few pixels. Pure geometry in viewport (CSS px, y-down) space.
 *
 * @example
 * nearestEdge([{ key: "e", s: {x:0,y:0}, t: {x:100,y:0}, curvature: 0 }], { x: 50, y: 3 }, 6) // "e"
 */
export interface Point {
  x: number;
  y: number;
}

export interface EdgeGeometry {
  key: string;
  s: Point;
  t: Point;
  /** As drawn by @sigma/edge-curve; 0 for straight edges. */
  curvature: number;
}

/** Control point of the quadratic curve the edge-curve program draws (viewport coordinates). */
export function controlPoint(s: Point, t: Point, curvature: number): Point {
  return { x: (s.x + t.x) / 2 + curvature * (t.y - s.y), y: (s.y + t.y) / 2 - curvature * (t.x - s.x) };
}

/** The point at parameter `u` (0 = source, 1 = target) on the drawn edge. */
export function pointOnEdge(s: Point, t: Point, curvature: number, u: number): Point {
  const c = controlPoint(s, t, curvature);
  const v = 1 - u;
  return { x: v * v * s.x + 2 * v * u * c.x + u * u * t.x, y: v * v * s.y + 2 * v * u * c.y + u * u * t.y };
}

/** The drawn midpoint of an edge (u = 0.5 on its curve). */
export function edgeMidpoint(s: Point, t: Point, curvature: number): Point {
  return pointOnEdge(s, t, curvature, 0.5);
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const k = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + k * dx), p.y - (a.y + k * dy));
}

/** Distance from p to the drawn edge (the curve approximated by `samples` segments). */
export function distanceToEdge(p: Point, e: EdgeGeometry, samples = 16): number {
  if (e.curvature === 0) return distanceToSegment(p, e.s, e.t);
  const c = controlPoint(e.s, e.t, e.curvature);
  let best = Infinity;
  let prev = e.s;
  for (let i = 1; i <= samples; i++) {
    const u = i / samples;
    const v = 1 - u;
    const q = {
      x: v * v * e.s.x + 2 * v * u * c.x + u * u * e.t.x,
      y: v * v * e.s.y + 2 * v * u * c.y + u * u * e.t.y,
    };
    best = Math.min(best, distanceToSegment(p, prev, q));
    prev = q;
  }
  return best;
}

/** The key of the edge nearest to p within `tolerance` px, or null. */
export function nearestEdge(edges: Iterable<EdgeGeometry>, p: Point, tolerance: number): string | null {
  let best: string | null = null;
  let bestD = tolerance;
  for (const e of edges) {
    // Cheap reject: outside the edge's bounding box grown by the tolerance and the curve's bulge.
    const c = e.curvature === 0 ? e.s : controlPoint(e.s, e.t, e.curvature);
    if (p.x < Math.min(e.s.x, e.t.x, c.x) - bestD || p.x > Math.max(e.s.x, e.t.x, c.x) + bestD) continue;
    if (p.y < Math.min(e.s.y, e.t.y, c.y) - bestD || p.y > Math.max(e.s.y, e.t.y, c.y) + bestD) continue;
    const d = distanceToEdge(p, e);
    if (d <= bestD) {
      bestD = d;
      best = e.key;
    }
  }
  return best;
}
