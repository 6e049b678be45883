/**
 * Starting positions: the file's own x/y when every node has them (a saved layout), otherwise the
 * geographic layout with a little seeded jitter so ForceAtlas2 starts from a meaningful, repeatable
 * arrangement.
 *
 * @example
 * const { positions, fromFile } = initialPositions(full);
 */
import type { FullGraph } from "../data/types";
import { geoPositions } from "./geo";
import { seededRandom } from "./random";
import type { Positions } from "./types";

export function initialPositions(full: FullGraph, seed = 1): { positions: Positions; fromFile: boolean } {
  const attrs = full.nodes.attrs;
  if (attrs.length > 0 && attrs.every((a) => a.x !== undefined && a.y !== undefined)) {
    return {
      positions: { x: Float32Array.from(attrs, (a) => a.x!), y: Float32Array.from(attrs, (a) => a.y!) },
      fromFile: true,
    };
  }
  const geo = geoPositions(full);
  const rand = seededRandom(seed);
  for (let i = 0; i < geo.x.length; i++) {
    geo.x[i] += (rand() - 0.5) * 2;
    geo.y[i] += (rand() - 0.5) * 2;
  }
  return { positions: geo, fromFile: false };
}
