/**
 * Pure helpers for hover/selection emphasis: the sets the reducers read. Built once per hover or
 * selection change, never inside a reducer.
 */
import type Graph from "graphology";
import type { RenderEdgeAttributes, RenderNodeAttributes } from "../render/types";
import type { Selection } from "../state/types";

export interface Focus {
  /** Nodes kept bright (focus node and its visible neighbours, or an edge's endpoints). */
  nodes: Set<string>;
  /** Edges kept bright. */
  edges: Set<string>;
  /** The node or edge under focus. */
  node: string | null;
  edge: string | null;
}

type RGraph = Graph<RenderNodeAttributes, RenderEdgeAttributes>;

/** The neighbourhood of `node` through visible edges. */
export function nodeFocus(graph: RGraph, node: string): Focus {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    if (attrs.hidden) return;
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges, node, edge: null };
}

/** An edge and its two endpoints. */
export function edgeFocus(graph: RGraph, edge: string): Focus {
  return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]), node: null, edge };
}

/** Two nodes (`<key>|<key>`) and the visible edges between them. */
export function pairFocus(graph: RGraph, pair: string): Focus | null {
  const [a, b] = pair.split("|");
  if (!graph.hasNode(a) || !graph.hasNode(b)) return null;
  const edges = new Set<string>();
  graph.forEachEdge(a, b, (edge, attrs) => {
    if (!attrs.hidden) edges.add(edge);
  });
  graph.forEachEdge(b, a, (edge, attrs) => {
    if (!attrs.hidden) edges.add(edge);
  });
  return { nodes: new Set([a, b]), edges, node: null, edge: null };
}

/** Hover wins over selection; an unknown key gives no focus. */
export function focusFor(
  graph: RGraph,
  hovered: string | null,
  selection: Selection | null,
  excludedKeys: string[],
): Focus | null {
  if (hovered && graph.hasNode(hovered)) return nodeFocus(graph, hovered);
  if (!selection) return null;
  if (selection.type === "node" && graph.hasNode(selection.key)) return nodeFocus(graph, selection.key);
  if (selection.type === "edge" && graph.hasEdge(selection.key)) return edgeFocus(graph, selection.key);
  if (selection.type === "pair") return pairFocus(graph, selection.key);
  if (selection.type === "excluded" && excludedKeys[selection.index])
    return edgeFocus(graph, excludedKeys[selection.index]);
  return null;
}
