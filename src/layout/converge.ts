/**
 * Decides when ForceAtlas2 has settled: the mean node displacement per iteration, relative to the
 * layout's extent, stays under `threshold` for `patience` iterations (or `maxIterations` is hit).
 * Purely position-based, so the same start always stops at the same iteration — which keeps
 * layouts, and therefore camera positions in shared links, repeatable.
 *
 * @example
 * const t = new ConvergenceTracker(n, settleOptions(n));
 * if (t.step(xs, ys)) layout.stop();
 */
export interface SettleOptions {
  threshold: number;
  patience: number;
  minIterations: number;
  maxIterations: number;
}

/** Defaults scaled to graph size: big graphs get fewer (slower) iterations. */
export function settleOptions(order: number): SettleOptions {
  return {
    threshold: 0.0005,
    patience: 10,
    minIterations: order > 1000 ? 150 : 60,
    maxIterations: order > 20000 ? 200 : order > 5000 ? 400 : order > 1000 ? 800 : 1200,
  };
}

/** Mean displacement between two position snapshots, relative to the diagonal of the new extent. */
export function relativeMovement(
  px: ArrayLike<number>,
  py: ArrayLike<number>,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): number {
  const n = x.length;
  if (n === 0) return 0;
  let sum = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    sum += Math.hypot(x[i] - px[i], y[i] - py[i]);
    if (x[i] < minX) minX = x[i];
    if (x[i] > maxX) maxX = x[i];
    if (y[i] < minY) minY = y[i];
    if (y[i] > maxY) maxY = y[i];
  }
  const diag = Math.hypot(maxX - minX, maxY - minY) || 1;
  return sum / n / diag;
}

export class ConvergenceTracker {
  private px: Float64Array;
  private py: Float64Array;
  private calm = 0;
  iterations = 0;
  lastMovement = Infinity;

  constructor(
    n: number,
    private readonly opts: SettleOptions,
  ) {
    this.px = new Float64Array(n).fill(NaN);
    this.py = new Float64Array(n).fill(NaN);
  }

  /** Records one iteration's positions; returns true when the layout has settled. */
  step(x: ArrayLike<number>, y: ArrayLike<number>): boolean {
    this.iterations++;
    if (this.iterations > 1) {
      this.lastMovement = relativeMovement(this.px, this.py, x, y);
      this.calm = this.lastMovement < this.opts.threshold ? this.calm + 1 : 0;
    }
    this.px.set(x);
    this.py.set(y);
    if (this.iterations >= this.opts.maxIterations) return true;
    return this.iterations >= this.opts.minIterations && this.calm >= this.opts.patience;
  }
}
