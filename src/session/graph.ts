/**
 * The graph a session shows: the loaded graph, plus the documents added in the browser, minus the
 * claims the analyst rejected, with the session's saved node positions. Also turns the viewer's
 * indexed `FullGraph` back into the graph.json contract (the attribute objects are shared, not
 * copied), so merging, verdicts and exports all work on one shape.
 *
 * @example
 * const eff = effectiveGraph(fullToJson(base), session);
 * const full = buildFullGraph(eff.graph);
 */
import { SCHEMA_VERSION, type GraphJson } from "../../extract/schema/graph";
import type { FullGraph } from "../data/types";
import { mergeGraphs } from "../ingest/merge";
import type { Session } from "./schema";
import { applyVerdicts } from "./verdicts";

/** The graph.json form of an indexed graph. */
export function fullToJson(full: FullGraph): GraphJson {
  const { nodes, edges } = full;
  return {
    options: full.options,
    attributes: {
      schemaVersion: SCHEMA_VERSION,
      documents: [...full.documents.values()],
      excludedClaims: full.excluded.claims,
    },
    nodes: nodes.keys.map((key, i) => ({ key, attributes: nodes.attrs[i] })),
    edges: edges.keys.map((key, i) => ({
      key,
      source: nodes.keys[edges.source[i]],
      target: nodes.keys[edges.target[i]],
      ...(edges.directed[i] ? {} : { undirected: true }),
      attributes: edges.attrs[i],
    })),
  };
}

export interface EffectiveGraph {
  graph: GraphJson;
  /** Edges brought by added documents (new relations). */
  newEdges: string[];
  /** Existing edges that added documents gave more claims. */
  strengthenedEdges: string[];
  /** Edges gone because every claim was rejected. */
  removedEdges: string[];
  rejected: number;
}

/** Base graph + added documents − rejected claims, positioned as saved. */
export function effectiveGraph(base: GraphJson, s: Session | null): EffectiveGraph {
  if (!s) return { graph: base, newEdges: [], strengthenedEdges: [], removedEdges: [], rejected: 0 };
  const merged = s.added ? mergeGraphs(base, s.added) : null;
  const v = applyVerdicts(merged ? merged.graph : base, s.verdicts);
  return {
    graph: withPositions(v.graph, s.positions),
    newEdges: merged?.newEdges ?? [],
    strengthenedEdges: merged?.strengthenedEdges ?? [],
    removedEdges: v.removedEdges,
    rejected: v.rejected,
  };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Writes saved positions into the nodes' x/y (which the viewer uses instead of running a layout
 * when every node has them). Nodes without a saved position — brought by added documents — are
 * placed near their positioned neighbours, or on a ring around the drawing.
 */
export function withPositions(graph: GraphJson, positions: Session["positions"]): GraphJson {
  const keys = Object.keys(positions);
  if (keys.length === 0 || graph.nodes.length === 0) return graph;
  const at = new Map<string, [number, number]>();
  for (const n of graph.nodes) if (positions[n.key]) at.set(n.key, positions[n.key]);
  if (at.size === 0) return graph;
  const xs = [...at.values()].map((p) => p[0]);
  const ys = [...at.values()].map((p) => p[1]);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  let placed = 0;
  const nodes = graph.nodes.map((n) => {
    let p = at.get(n.key);
    if (!p) {
      const near = (neighbours.get(n.key) ?? []).map((k) => at.get(k)).filter((q) => q !== undefined);
      const angle = placed++ * GOLDEN_ANGLE;
      if (near.length > 0) {
        const r = span * 0.08;
        const mx = near.reduce((a, q) => a + q[0], 0) / near.length;
        const my = near.reduce((a, q) => a + q[1], 0) / near.length;
        p = [mx + r * Math.cos(angle), my + r * Math.sin(angle)];
      } else {
        const r = span * 0.6;
        p = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
      }
      at.set(n.key, p);
    }
    return { ...n, attributes: { ...n.attributes, x: p[0], y: p[1] } };
  });
  return { ...graph, nodes };
}
