/**
 * The graph to export: the whole (effective) graph, or the current view — the edges the filters
 * leave visible, their endpoints, the excluded claims shown, and only the documents those claims
 * cite — with the nodes' on-screen layout positions, so the file reopens as it was laid out.
 *
 * @example
 * const json = exportScopeGraph(full, visible, "view", positions);
 */
import type { ExcludedClaim, GraphJson } from "../../extract/schema/graph";
import type { FullGraph } from "../data/types";
import type { VisibleGraph } from "../filters/types";
import { fullToJson } from "../session/graph";

export type ExportScope = "graph" | "view";

/** Node key → layout position (graph coordinates). */
export type PositionMap = Map<string, { x: number; y: number }>;

function positioned(json: GraphJson, positions: PositionMap | null): GraphJson {
  if (!positions || positions.size === 0) return json;
  return {
    ...json,
    nodes: json.nodes.map((n) => {
      const p = positions.get(n.key);
      return p ? { ...n, attributes: { ...n.attributes, x: p.x, y: p.y } } : n;
    }),
  };
}

/** The current view as a graph in the graph.json contract. */
export function viewGraph(full: FullGraph, visible: VisibleGraph): GraphJson {
  const whole = fullToJson(full);
  const edges = whole.edges.filter((_e, i) => visible.edgeVisible[i] === 1);
  const excluded: ExcludedClaim[] = full.excluded.claims.filter((_c, i) => visible.excludedVisible[i] === 1);
  const keep = new Set<string>();
  for (const e of edges) keep.add(e.source).add(e.target);
  for (const c of excluded) keep.add(c.source).add(c.target);
  const docs = new Set<string>();
  for (const e of edges) for (const c of e.attributes.claims) docs.add(c.doc);
  for (const c of excluded) docs.add(c.doc);
  return {
    ...whole,
    attributes: {
      ...whole.attributes,
      documents: whole.attributes.documents.filter((d) => docs.has(d.id)),
      excludedClaims: excluded,
    },
    nodes: whole.nodes.filter((n) => keep.has(n.key)),
    edges,
  };
}

/** The whole graph or the current view, with layout positions when given. */
export function exportScopeGraph(
  full: FullGraph,
  visible: VisibleGraph,
  scope: ExportScope,
  positions: PositionMap | null,
): GraphJson {
  return positioned(scope === "view" ? viewGraph(full, visible) : fullToJson(full), positions);
}

/** The render graph's current node positions (what the picture shows). */
export function renderPositions(graph: {
  forEachNode(cb: (key: string, a: { x: number; y: number }) => void): void;
}): PositionMap {
  const out: PositionMap = new Map();
  graph.forEachNode((k, a) => out.set(k, { x: a.x, y: a.y }));
  return out;
}
