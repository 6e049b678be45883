/** The edges as drawn right now, in viewport coordinates, for geometric picking (see pick.ts). */
import type Sigma from "sigma";
import type { RenderGraph } from "../render/types";
import type { EdgeGeometry, Point } from "./pick";

/** Clicks within this many px of a drawn edge select it. */
export const EDGE_TOLERANCE_PX = 5;

export function* drawnEdges(sigma: Sigma, render: RenderGraph): Generator<EdgeGeometry> {
  const cache = new Map<string, Point | null>();
  const at = (n: string) => {
    if (!cache.has(n)) {
      const a = render.graph.getNodeAttributes(n);
      cache.set(n, a.hidden ? null : sigma.graphToViewport(a));
    }
    return cache.get(n)!;
  };
  for (const { edge, attributes, source, target } of render.graph.edgeEntries()) {
    if (attributes.hidden) continue;
    const s = at(source);
    const t = at(target);
    if (s && t) yield { key: edge, s, t, curvature: attributes.curvature };
  }
}
