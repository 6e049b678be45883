import { describe, expect, it } from "vitest";
import { distanceToEdge, edgeMidpoint, nearestEdge, type EdgeGeometry } from "./pick";

const S = { x: 0, y: 0 };
const T = { x: 100, y: 0 };

describe("edge geometry", () => {
  it.each([
    [0, { x: 50, y: 0 }],
    [0.2, { x: 50, y: -10 }],
    [-0.2, { x: 50, y: 10 }],
  ])("midpoint of curvature %f", (c, mid) => {
    const m = edgeMidpoint(S, T, c);
    expect(m.x).toBeCloseTo(mid.x, 6);
    expect(m.y).toBeCloseTo(mid.y, 6);
  });

  it.each([
    [{ x: 50, y: 4 }, 0, 4],
    [{ x: -3, y: 4 }, 0, 5],
    [{ x: 50, y: -10 }, 0.2, 0],
  ])("distance from %o to an edge of curvature %f", (p, c, d) => {
    expect(distanceToEdge(p, { key: "e", s: S, t: T, curvature: c })).toBeCloseTo(d, 1);
  });
});

describe("nearestEdge", () => {
  const edges: EdgeGeometry[] = [
    { key: "straight", s: S, t: T, curvature: 0 },
    { key: "bent", s: S, t: T, curvature: 0.2 },
    { key: "far", s: { x: 0, y: 200 }, t: { x: 100, y: 200 }, curvature: 0 },
  ];
  it.each([
    [{ x: 50, y: 1 }, "straight"],
    [{ x: 50, y: -9 }, "bent"],
    [{ x: 50, y: 197 }, "far"],
    [{ x: 50, y: 100 }, null],
  ])("%o → %s", (p, key) => expect(nearestEdge(edges, p, 6)).toBe(key));
});
