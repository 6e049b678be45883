import { describe, expect, it } from "vitest";
import { parallelCurvatures } from "./curvature";

describe("parallelCurvatures", () => {
  it.each<{ name: string; s: number[]; t: number[]; out: number[] }>([
    { name: "lone edges stay straight", s: [0, 1], t: [1, 2], out: [0, 0] },
    { name: "two same-direction edges fan out", s: [0, 0], t: [1, 1], out: [-0.3, 0.3] },
    {
      name: "a reversed edge stores the flipped sign, so the two curves separate",
      s: [0, 1],
      t: [1, 0],
      out: [-0.3, -0.3],
    },
    { name: "three edges: the middle one stays straight", s: [2, 2, 3], t: [3, 3, 2], out: [-0.45, 0, -0.45] },
  ])("$name", ({ s, t, out }) => {
    const got = Array.from(parallelCurvatures(Uint32Array.from(s), Uint32Array.from(t)));
    got.forEach((v, i) => expect(v).toBeCloseTo(out[i], 5));
  });

  it("drawn curves of a pair never coincide", () => {
    // In canonical direction (low→high), the effective bends must be distinct.
    const s = [5, 9, 5, 9];
    const t = [9, 5, 9, 5];
    const c = parallelCurvatures(Uint32Array.from(s), Uint32Array.from(t));
    const canonical = Array.from(c, (v, i) => (s[i] <= t[i] ? v : -v));
    expect(new Set(canonical.map((v) => v.toFixed(3))).size).toBe(4);
  });
});
