/**
 * Applies a new filter result to the render graph by toggling `hidden` (and the faded colour) on
 * the nodes and edges whose state changed — never rebuilding the graph. Attributes are written in
 * place, without one graphology event per item; the caller then refreshes sigma for exactly the
 * returned keys (`sigma.refresh({ partialGraph })`), which keeps an era step O(changed items).
 *
 * @example
 * const changed = applyVisibility(render, full, next, prev);
 * sigma.refresh({ partialGraph: changed, skipIndexation: !changed.reindex });
 */
import type { FullGraph } from "../data/types";
import type { VisibleGraph } from "../filters/types";
import { KIND_COLORS, KIND_FADED, LABEL_COLOR, LABEL_FADED } from "./palette";
import type { RenderGraph } from "./types";

export interface VisibilityChange {
  nodes: string[];
  edges: string[];
  /** A node was shown or hidden: sigma must re-index (labels grid, programs). */
  reindex: boolean;
}

/** Writes `next` into the render graph where it differs from `prev`; returns what changed. */
export function applyVisibility(
  render: RenderGraph,
  full: FullGraph,
  next: VisibleGraph,
  prev: VisibleGraph,
): VisibilityChange {
  const { graph, excludedKeys } = render;
  const change: VisibilityChange = { nodes: [], edges: [], reindex: false };
  const { keys: nodeKeys, attrs: nodeAttrs } = full.nodes;
  for (let i = 0; i < nodeKeys.length; i++) {
    const shownChanged = next.nodeShown[i] !== prev.nodeShown[i];
    if (!shownChanged && next.nodeActive[i] === prev.nodeActive[i]) continue;
    const a = graph.getNodeAttributes(nodeKeys[i]);
    const active = next.nodeActive[i] === 1;
    a.hidden = next.nodeShown[i] === 0;
    a.color = active ? KIND_COLORS[nodeAttrs[i].kind] : KIND_FADED[nodeAttrs[i].kind];
    a.labelColor = active ? LABEL_COLOR : LABEL_FADED;
    change.nodes.push(nodeKeys[i]);
    if (shownChanged) change.reindex = true;
  }
  const edgeKeys = full.edges.keys;
  for (let e = 0; e < edgeKeys.length; e++) {
    if (next.edgeVisible[e] === prev.edgeVisible[e]) continue;
    graph.getEdgeAttributes(edgeKeys[e]).hidden = next.edgeVisible[e] === 0;
    change.edges.push(edgeKeys[e]);
  }
  for (let i = 0; i < excludedKeys.length; i++) {
    if (next.excludedVisible[i] === prev.excludedVisible[i]) continue;
    graph.getEdgeAttributes(excludedKeys[i]).hidden = next.excludedVisible[i] === 0;
    change.edges.push(excludedKeys[i]);
  }
  return change;
}
