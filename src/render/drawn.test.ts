import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterDrawn, markDrawn } from "./drawn";

describe("afterDrawn", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // One animation frame = 16 ms of fake time.
    vi.stubGlobal("requestAnimationFrame", (f: FrameRequestCallback) => setTimeout(() => f(performance.now()), 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it.each([
    // presented: the animation frame after the draw, then a task
    { name: "runs after the drawn frame is presented", drawAt: 100, fallback: 30_000, ranAt: 100 + 16 },
    { name: "runs at the fallback when nothing is drawn", drawAt: null, fallback: 5_000, ranAt: 5_000 },
    { name: "a frame drawn after the fallback does not run it again", drawAt: 6_000, fallback: 5_000, ranAt: 5_000 },
  ])("$name", ({ drawAt, fallback, ranAt }) => {
    const runs: number[] = [];
    const t0 = Date.now();
    afterDrawn(() => runs.push(Date.now() - t0), fallback);
    if (drawAt !== null) setTimeout(markDrawn, drawAt);
    vi.advanceTimersByTime(60_000);
    expect(runs).toHaveLength(1);
    // a zero-delay task takes up to a millisecond of fake time
    expect(runs[0] - ranAt).toBeGreaterThanOrEqual(0);
    expect(runs[0] - ranAt).toBeLessThanOrEqual(1);
  });

  it("cancelling stops both the frame and the fallback", () => {
    const fn = vi.fn();
    const cancel = afterDrawn(fn, 1_000);
    cancel();
    markDrawn();
    vi.advanceTimersByTime(5_000);
    expect(fn).not.toHaveBeenCalled();
  });

  it("only frames drawn after the call count", () => {
    markDrawn();
    const fn = vi.fn();
    afterDrawn(fn, 10_000);
    vi.advanceTimersByTime(1_000);
    expect(fn).not.toHaveBeenCalled();
    markDrawn();
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
