/**
 * Builds the `FullGraph` index from a validated graph.json: typed arrays per edge (numeric spans,
 * relation and endpoint indices) so the filter pipeline is one tight loop.
 *
 * @example
 * const r = parseGraphJson(JSON.parse(text));
 * if (r.ok) const full = buildFullGraph(r.graph);
 */
import { NODE_KINDS, RELATIONS, type GraphJson } from "../../extract/schema/graph";
import { numericSpan } from "../time/dates";
import { ERA_PRESETS } from "../time/eras";
import { edgePeriods, numericPeriods } from "../time/periods";
import { GraphBuildError } from "./errors";
import type { EdgeTable, ExcludedTable, FullGraph, NodeTable } from "./types";

const KIND_INDEX = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));
const RELATION_INDEX = new Map<string, number>(RELATIONS.map((r, i) => [r, i]));
const DIRECTED = new Set(["opposes", "leader-of", "party-to"]);

function buildNodes(json: GraphJson): NodeTable {
  const n = json.nodes.length;
  const table: NodeTable = {
    keys: new Array<string>(n),
    attrs: new Array(n),
    kind: new Uint8Array(n),
    degree: new Uint32Array(n),
    index: new Map(),
  };
  json.nodes.forEach((node, i) => {
    if (table.index.has(node.key)) throw new GraphBuildError(`graph.json lists node "${node.key}" twice; keep one.`);
    table.keys[i] = node.key;
    table.attrs[i] = node.attributes;
    table.kind[i] = KIND_INDEX.get(node.attributes.kind) ?? 0;
    table.index.set(node.key, i);
  });
  return table;
}

function buildEdges(json: GraphJson, nodes: NodeTable): EdgeTable {
  const m = json.edges.length;
  const t: EdgeTable = {
    keys: new Array<string>(m),
    attrs: new Array(m),
    source: new Uint32Array(m),
    target: new Uint32Array(m),
    relation: new Uint8Array(m),
    start: new Float64Array(m),
    end: new Float64Array(m),
    undated: new Uint8Array(m),
    periodOffset: new Uint32Array(m + 1),
    periodStart: new Float64Array(0),
    periodEnd: new Float64Array(0),
    directed: new Uint8Array(m),
    claimCount: new Uint32Array(m),
    index: new Map(),
  };
  const spans: [number, number][][] = new Array(m);
  json.edges.forEach((e, i) => {
    if (t.index.has(e.key))
      throw new GraphBuildError(`graph.json lists edge "${e.key}" twice; edge keys must be unique.`);
    const a = e.attributes;
    const s = nodes.index.get(e.source)!;
    const g = nodes.index.get(e.target)!;
    const [start, end] = numericSpan(a.start, a.end);
    t.keys[i] = e.key;
    t.attrs[i] = a;
    t.source[i] = s;
    t.target[i] = g;
    t.relation[i] = RELATION_INDEX.get(a.relation) ?? 0;
    t.start[i] = start;
    t.end[i] = end;
    const ps = numericPeriods(edgePeriods(a));
    spans[i] = ps;
    t.periodOffset[i + 1] = t.periodOffset[i] + ps.length;
    t.undated[i] = ps.length === 0 ? 1 : 0;
    t.directed[i] = e.undirected === undefined ? (DIRECTED.has(a.relation) ? 1 : 0) : e.undirected ? 0 : 1;
    t.claimCount[i] = a.claims.length;
    t.index.set(e.key, i);
    nodes.degree[s]++;
    nodes.degree[g]++;
  });
  t.periodStart = new Float64Array(t.periodOffset[m]);
  t.periodEnd = new Float64Array(t.periodOffset[m]);
  spans.forEach((ps, i) =>
    ps.forEach(([s, e], j) => {
      t.periodStart[t.periodOffset[i] + j] = s;
      t.periodEnd[t.periodOffset[i] + j] = e;
    }),
  );
  return t;
}

function buildExcluded(json: GraphJson, nodes: NodeTable): ExcludedTable {
  // Excluded claims whose endpoints are not nodes cannot be drawn; they stay listable only.
  const claims = (json.attributes.excludedClaims ?? []).filter(
    (c) => nodes.index.has(c.source) && nodes.index.has(c.target),
  );
  const k = claims.length;
  const t: ExcludedTable = {
    claims,
    source: new Uint32Array(k),
    target: new Uint32Array(k),
    relation: new Uint8Array(k),
    start: new Float64Array(k),
    end: new Float64Array(k),
    undated: new Uint8Array(k),
  };
  claims.forEach((c, i) => {
    const [start, end] = numericSpan(c.start, c.end);
    t.source[i] = nodes.index.get(c.source)!;
    t.target[i] = nodes.index.get(c.target)!;
    t.relation[i] = RELATION_INDEX.get(c.relation) ?? 0;
    t.start[i] = start;
    t.end[i] = end;
    t.undated[i] = c.start === null && c.end === null ? 1 : 0;
  });
  return t;
}

function yearDomain(edges: EdgeTable): [number, number] {
  let lo = Math.min(...ERA_PRESETS.map((p) => p.from));
  let hi = Math.max(...ERA_PRESETS.map((p) => p.to));
  for (let i = 0; i < edges.start.length; i++) {
    const s = edges.start[i];
    const e = edges.end[i];
    if (Number.isFinite(s) && s < lo) lo = Math.floor(s);
    if (Number.isFinite(e) && Math.ceil(e) - 1 > hi) hi = Math.ceil(e) - 1;
  }
  return [lo, hi];
}

/** Indexes a validated graph. Throws `GraphBuildError` on duplicate keys. */
export function buildFullGraph(json: GraphJson): FullGraph {
  const nodes = buildNodes(json);
  const edges = buildEdges(json, nodes);
  return {
    options: json.options,
    nodes,
    edges,
    excluded: buildExcluded(json, nodes),
    documents: new Map(json.attributes.documents.map((d) => [d.id, d])),
    yearDomain: yearDomain(edges),
  };
}
