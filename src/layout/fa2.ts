/** ForceAtlas2 settings for a graph of a given size (pure). */
import forceAtlas2 from "graphology-layout-forceatlas2";

/**
 * Inferred settings, with Barnes–Hut from 500 nodes (graphology infers it only above 2,000, which
 * is slow to settle in a shared worker); small graphs also avoid node overlap (adjustSizes, which
 * Barnes–Hut does not support).
 */
export function fa2Settings(order: number) {
  const bh = order > 500;
  return { ...forceAtlas2.inferSettings(order), barnesHutOptimize: bh, edgeWeightInfluence: 1, adjustSizes: !bh };
}
