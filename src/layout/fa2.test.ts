import { describe, expect, it } from "vitest";
import { fa2Settings } from "./fa2";

describe("fa2Settings", () => {
  it.each([
    [12, false, true],
    [500, false, true],
    [501, true, false],
    [50_000, true, false],
  ])("%i nodes: Barnes–Hut %s, adjustSizes %s", (order, bh, adjust) => {
    const s = fa2Settings(order);
    expect([s.barnesHutOptimize, s.adjustSizes, s.strongGravityMode]).toEqual([bh, adjust, true]);
  });
});
