/**
 * Applies each new filter result to the render graph (hidden/faded attributes, changed items only)
 * and refreshes sigma for exactly those items, in the commit that brought the result (a layout
 * effect: no frame can slip in between the input and the redrawn graph). Also tells the app when
 * the graph is first on screen (render/drawn.ts). Renderless; lives under <SigmaContainer>.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect, useLayoutEffect, useRef } from "react";
import type { FullGraph } from "../data/types";
import type { VisibleGraph } from "../filters/types";
import { markDrawn } from "../render/drawn";
import type { RenderGraph } from "../render/types";
import { applyVisibility } from "../render/visibility";

export function VisibilityController({
  full,
  render,
  visible,
}: {
  full: FullGraph;
  render: RenderGraph;
  visible: VisibleGraph;
}) {
  const sigma = useSigma();
  // Sigma's constructor drew the first frame before its children mounted.
  useEffect(() => markDrawn(), [sigma]);
  // The render graph was built with the first result baked in.
  const prev = useRef(visible);
  useLayoutEffect(() => {
    if (prev.current === visible) return;
    const change = applyVisibility(render, full, visible, prev.current);
    prev.current = visible;
    if (change.nodes.length === 0 && change.edges.length === 0) return;
    // Drawn at once (not on the next frame): brushing feels immediate and latency stays one task.
    sigma.refresh({ partialGraph: { nodes: change.nodes, edges: change.edges }, skipIndexation: !change.reindex });
  }, [sigma, full, render, visible]);
  return null;
}
