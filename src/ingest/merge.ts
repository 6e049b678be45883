/**
 * Merges the extraction of documents added in the browser into a graph. Edges are matched by
 * meaning (relation and endpoints), not by key, so a claim about an existing relation strengthens
 * that edge — its span, confidence and claim count are recomputed as the extraction computes them —
 * and only a relation not seen before becomes a new edge. Pure: neither input is mutated.
 *
 * @example
 * const { graph, newEdges } = mergeGraphs(base, workerResult.graph);
 */
import { publishedLookup } from "../../extract/graph/periods";
import type { Claim, ExcludedClaim, GraphJson, NodeAttributes, SerializedEdge } from "../../extract/schema/graph";
import { edgeIdentity } from "../session/claims";
import { withClaims } from "../session/verdicts";

export interface MergeResult {
  graph: GraphJson;
  /** Keys of edges that were not in the base graph. */
  newEdges: string[];
  /** Keys of base edges that gained claims. */
  strengthenedEdges: string[];
  /** Keys of nodes that were not in the base graph. */
  newNodes: string[];
  /** Claims that were not in the base graph. */
  addedClaims: number;
}

const DIRECTED = new Set(["opposes", "leader-of", "party-to"]);

function sameClaim(a: Claim, b: Claim): boolean {
  return a.doc === b.doc && a.quote === b.quote && (a.offset?.[0] ?? -1) === (b.offset?.[0] ?? -1);
}

/** Claim order of the extraction: by document, then by position in it. */
export function compareClaims(a: Claim, b: Claim): number {
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return (a.offset?.[0] ?? 0) - (b.offset?.[0] ?? 0);
}

function mergeNode(base: NodeAttributes, extra: NodeAttributes): NodeAttributes {
  const names = [...new Set([...base.names, ...extra.names])].sort();
  const year = base.year ?? extra.year;
  if (names.length === base.names.length && year === base.year) return base;
  return { ...base, names, ...(year !== undefined ? { year } : {}) };
}

function freeKey(key: string, taken: Set<string>): string {
  let k = key;
  for (let n = 2; taken.has(k); n++) k = `${key}#${n}`;
  return k;
}

/** The base graph with the added extraction's documents, nodes, claims and excluded claims. */
export function mergeGraphs(base: GraphJson, added: GraphJson): MergeResult {
  const docIds = new Set(base.attributes.documents.map((d) => d.id));
  const documents = [...base.attributes.documents, ...added.attributes.documents.filter((d) => !docIds.has(d.id))];

  const nodeIndex = new Map(base.nodes.map((n, i) => [n.key, i]));
  const nodes = [...base.nodes];
  const newNodes: string[] = [];
  for (const n of added.nodes) {
    const i = nodeIndex.get(n.key);
    if (i === undefined) {
      nodeIndex.set(n.key, nodes.length);
      nodes.push(n);
      newNodes.push(n.key);
    } else {
      const merged = mergeNode(nodes[i].attributes, n.attributes);
      if (merged !== nodes[i].attributes) nodes[i] = { ...nodes[i], attributes: merged };
    }
  }

  const identity = (e: SerializedEdge) =>
    edgeIdentity(e.attributes.relation, e.source, e.target, e.undirected ?? !DIRECTED.has(e.attributes.relation));
  const edgeIndex = new Map(base.edges.map((e, i) => [identity(e), i]));
  const keys = new Set(base.edges.map((e) => e.key));
  const edges = [...base.edges];
  const publishedOf = publishedLookup(documents);
  const newEdges: string[] = [];
  const strengthened = new Set<string>();
  let addedClaims = 0;
  for (const e of added.edges) {
    const i = edgeIndex.get(identity(e));
    if (i === undefined) {
      const key = freeKey(e.key, keys);
      keys.add(key);
      edgeIndex.set(identity(e), edges.length);
      edges.push({ ...e, key });
      newEdges.push(key);
      addedClaims += e.attributes.claims.length;
      continue;
    }
    const old = edges[i];
    const fresh = e.attributes.claims.filter((c) => !old.attributes.claims.some((o) => sameClaim(o, c)));
    if (fresh.length === 0) continue;
    addedClaims += fresh.length;
    const claims = [...old.attributes.claims, ...fresh].sort(compareClaims);
    edges[i] = { ...old, attributes: withClaims(old.attributes, claims, publishedOf) };
    strengthened.add(old.key);
  }

  const excluded: ExcludedClaim[] = [...(base.attributes.excludedClaims ?? [])];
  for (const x of added.attributes.excludedClaims ?? []) {
    if (!excluded.some((o) => sameClaim(o, x) && o.relation === x.relation)) excluded.push(x);
  }

  return {
    graph: {
      ...base,
      attributes: { ...base.attributes, documents, excludedClaims: excluded },
      nodes,
      edges,
    },
    newEdges,
    strengthenedEdges: [...strengthened],
    newNodes,
    addedClaims,
  };
}
