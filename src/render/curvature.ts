/**
 * Curvatures for parallel edges, so alliance and rivalry between the same two states are both
 * visible. Edges are grouped by unordered endpoint pair; a lone edge stays straight (0); k parallel
 * edges fan out symmetrically, the sign following each edge's own direction (the curve program
 * bends relative to source→target).
 *
 * @example
 * parallelCurvatures(Uint32Array.of(0, 1), Uint32Array.of(1, 0)) // Float32Array [-0.3, 0.3] flipped per direction
 */

/** Largest curvature for a group of `k` parallel edges. */
function spread(k: number): number {
  return Math.min(0.6, 0.15 * k);
}

/** One curvature per edge, parallel to the input arrays. */
export function parallelCurvatures(source: ArrayLike<number>, target: ArrayLike<number>): Float32Array {
  const m = source.length;
  const out = new Float32Array(m);
  let n = 1;
  for (let e = 0; e < m; e++) n = Math.max(n, source[e] + 1, target[e] + 1);
  // Numeric pair keys (exact below 2^53) and a counting pass: only real parallels get arrays.
  const pairKey = (e: number) => (source[e] < target[e] ? source[e] * n + target[e] : target[e] * n + source[e]);
  const counts = new Map<number, number>();
  for (let e = 0; e < m; e++) {
    const k = pairKey(e);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const groups = new Map<number, number[]>();
  for (let e = 0; e < m; e++) {
    const k = pairKey(e);
    if (counts.get(k)! < 2) continue;
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  for (const g of groups.values()) {
    const k = g.length;
    const max = spread(k);
    g.forEach((e, i) => {
      const c = -max + (2 * max * i) / (k - 1);
      // Normalise to the pair's canonical direction so reversed edges do not cancel the fan out.
      out[e] = source[e] <= target[e] ? c : -c;
    });
  }
  return out;
}
