/**
 * Applies an analyst's verdicts to a graph. A rejected claim drops out of its edge: the edge's
 * span, confidence and claim count are recomputed from the claims left (as the extraction does),
 * and an edge with no claim left is removed. Confirmed claims change nothing but their badge.
 * Pure: the input graph is never mutated, and edges without rejected claims are reused as is.
 *
 * @example
 * const { graph, removedEdges } = applyVerdicts(base, session.verdicts);
 */
import { mergeSpans } from "../../extract/graph/span";
import type { Claim, EdgeAttributes, GraphJson, SerializedEdge } from "../../extract/schema/graph";
import { claimId } from "./claims";
import { confidenceFor } from "./confidence";
import type { Verdict } from "./schema";

export interface VerdictResult {
  graph: GraphJson;
  /** Edges all of whose claims were rejected: no longer in the graph. */
  removedEdges: string[];
  /** Edges that lost some claims (span, confidence and counts recomputed). */
  changedEdges: string[];
  /** Claims taken out. */
  rejected: number;
}

/** Recomputes span and confidence of an edge from the claims it keeps. */
export function withClaims(attrs: EdgeAttributes, claims: Claim[]): EdgeAttributes {
  const span = mergeSpans(claims);
  const out: EdgeAttributes = { ...attrs, claims, start: span.start, end: span.end };
  // Periods merged from the old claims would outlive a rejected claim: drop them, so the viewer
  // reads the recomputed span (time/periods.ts) until periods are recomputed here as well.
  delete (out as { periods?: unknown }).periods;
  if (attrs.confidence !== undefined) out.confidence = confidenceFor(new Set(claims.map((c) => c.doc)).size);
  return out;
}

/**
 * Keeps, for each edge, the claims `keep` accepts; recomputes the edges that lost some and drops
 * those left empty.
 */
export function filterClaims(
  graph: GraphJson,
  keep: (edge: SerializedEdge, claim: Claim) => boolean,
): Omit<VerdictResult, "rejected"> & { dropped: number } {
  const removedEdges: string[] = [];
  const changedEdges: string[] = [];
  let dropped = 0;
  const edges: SerializedEdge[] = [];
  for (const e of graph.edges) {
    const claims = e.attributes.claims.filter((c) => keep(e, c));
    if (claims.length === e.attributes.claims.length) {
      edges.push(e);
      continue;
    }
    dropped += e.attributes.claims.length - claims.length;
    if (claims.length === 0) {
      removedEdges.push(e.key);
      continue;
    }
    changedEdges.push(e.key);
    edges.push({ ...e, attributes: withClaims(e.attributes, claims) });
  }
  if (dropped === 0) return { graph, removedEdges, changedEdges, dropped };
  return { graph: { ...graph, edges }, removedEdges, changedEdges, dropped };
}

/** The graph with every rejected claim taken out. */
export function applyVerdicts(graph: GraphJson, verdicts: Record<string, Verdict>): VerdictResult {
  const rejected = new Set(Object.keys(verdicts).filter((id) => verdicts[id].verdict === "rejected"));
  if (rejected.size === 0) return { graph, removedEdges: [], changedEdges: [], rejected: 0 };
  const r = filterClaims(graph, (e, c) => !rejected.has(claimId(e.key, c)));
  return { graph: r.graph, removedEdges: r.removedEdges, changedEdges: r.changedEdges, rejected: r.dropped };
}
