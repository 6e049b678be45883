import { describe, expect, it } from "vitest";
import { ConvergenceTracker, relativeMovement } from "./converge";

describe("relativeMovement", () => {
  it.each([
    {
      name: "no movement",
      p: [
        [0, 10],
        [0, 0],
      ],
      q: [
        [0, 10],
        [0, 0],
      ],
      out: 0,
    },
    {
      name: "one of two nodes moves 1 on a 10-wide layout",
      p: [
        [0, 10],
        [0, 0],
      ],
      q: [
        [0, 9],
        [0, 0],
      ],
      out: 0.5 / 9,
    },
  ])("$name", ({ p, q, out }) => {
    expect(relativeMovement(p[0], p[1], q[0], q[1])).toBeCloseTo(out, 9);
  });
});

describe("ConvergenceTracker", () => {
  const opts = { threshold: 0.01, patience: 3, minIterations: 5, maxIterations: 100 };

  it("stops after `patience` calm iterations, not before minIterations", () => {
    const t = new ConvergenceTracker(2, opts);
    const done: boolean[] = [];
    // A layout whose movement halves each iteration.
    let d = 1;
    for (let i = 0; i < 20 && !done.includes(true); i++) {
      done.push(t.step([0, 10 + d], [0, 0]));
      d /= 2;
    }
    expect(done.indexOf(true) + 1).toBe(t.iterations);
    expect(t.iterations).toBeGreaterThanOrEqual(5);
    expect(t.lastMovement).toBeLessThan(0.01);
  });

  it("stops at maxIterations even when it never settles", () => {
    const t = new ConvergenceTracker(2, { ...opts, maxIterations: 10 });
    let stopped = 0;
    for (let i = 1; i <= 10; i++) if (t.step([0, i % 2 ? 0 : 10], [0, 0])) stopped = i;
    expect(stopped).toBe(10);
  });
});
