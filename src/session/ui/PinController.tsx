/**
 * Pinned nodes in the render graph: `fixed` (ForceAtlas2 leaves them in place) and a label that
 * is always shown. Sigma redraws on the graph's attribute events. Renderless.
 */
import type Graph from "graphology";
import { useEffect } from "react";
import type { RenderGraph } from "../../render/types";

export function PinController({ render, pinned }: { render: RenderGraph; pinned: string[] }) {
  useEffect(() => {
    const graph = render.graph as unknown as Graph;
    const keys = pinned.filter((k) => graph.hasNode(k));
    for (const k of keys) graph.mergeNodeAttributes(k, { fixed: true, forceLabel: true });
    return () => {
      for (const k of keys) {
        if (!graph.hasNode(k)) continue;
        graph.removeNodeAttribute(k, "fixed");
        graph.removeNodeAttribute(k, "forceLabel");
      }
    };
  }, [render, pinned]);
  return null;
}
