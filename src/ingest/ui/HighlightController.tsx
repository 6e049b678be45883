/**
 * Makes the relations brought by added documents stand out: drawn thicker and above the others
 * until the result card is dismissed. Sigma redraws on the graph's attribute events (never refreshed
 * from a cleanup: the graph view may be unmounting, its sigma already killed). Renderless.
 */
import type Graph from "graphology";
import { useEffect } from "react";
import type { RenderGraph } from "../../render/types";

/** Highlighted edges are this much thicker (at least `MIN_PX`). */
const FACTOR = 1.7;
const MIN_PX = 2.5;

export function HighlightController({ render, edges }: { render: RenderGraph; edges: string[] }) {
  useEffect(() => {
    const graph = render.graph as unknown as Graph;
    const keys = edges.filter((k) => graph.hasEdge(k));
    const before = new Map<string, number>();
    for (const k of keys) {
      const size = Number(graph.getEdgeAttribute(k, "size")) || 1;
      before.set(k, size);
      graph.mergeEdgeAttributes(k, { size: Math.max(MIN_PX, size * FACTOR), zIndex: 3, highlightedNew: true });
    }
    return () => {
      for (const [k, size] of before) {
        if (!graph.hasEdge(k)) continue;
        graph.mergeEdgeAttributes(k, { size, zIndex: 0 });
        graph.removeEdgeAttribute(k, "highlightedNew");
      }
    };
  }, [render, edges]);
  return null;
}
