/**
 * The filter pipeline: one pure function from (FullGraph, FilterState) to a VisibleGraph. The steps
 * of `filterSteps` are tested together in one pass over the edge arrays, which yields the masks, the
 * edges left after each step (in step order) and the toggles' live counts — so an era change at
 * 200k edges costs a few milliseconds. An edge is in the era when one of its periods overlaps it
 * (not the hull of its claims). The FullGraph is never mutated.
 *
 * @example
 * const visible = applyFilters(full, { era: { from: 1890, to: 1900 }, relations: [...RELATIONS],
 *   kinds: [...NODE_KINDS], undated: true, excluded: false });
 * visible.totals.edges;
 */
import { NODE_KINDS, RELATIONS, TIE_RELATIONS, type NodeKind, type Relation } from "../../extract/schema/graph";
import type { FullGraph } from "../data/types";
import type { Era, Filter, FilterState, StepCount, VisibleGraph } from "./types";

/** The filter state as an ordered list of steps (the order counts are reported in). */
export function filterSteps(state: FilterState): Filter[] {
  return [
    { type: "kinds", kinds: state.kinds },
    { type: "relations", relations: state.relations },
    { type: "era", era: state.era },
    { type: "undated", show: state.undated },
  ];
}

function lookup<T extends string>(all: readonly T[], on: readonly T[]): Uint8Array {
  const set = new Set(on);
  return Uint8Array.from(all, (v) => (set.has(v) ? 1 : 0));
}

function zeroRecord<T extends string>(keys: readonly T[]): Record<T, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;
}

function count(mask: Uint8Array): number {
  let c = 0;
  for (let i = 0; i < mask.length; i++) c += mask[i];
  return c;
}

/** Time test for one item: undated items pass the era (the undated step decides them). */
function inEra(era: Era | null, start: number, end: number, undated: number): boolean {
  if (undated || !era) return true;
  return start < era.to + 1 && end > era.from;
}

/** True when one of edge e's periods overlaps [from, toEx) (fractional years). */
function inPeriods(edges: FullGraph["edges"], e: number, from: number, toEx: number): boolean {
  for (let p = edges.periodOffset[e]; p < edges.periodOffset[e + 1]; p++)
    if (edges.periodStart[p] < toEx && edges.periodEnd[p] > from) return true;
  return false;
}

/** Bit of each filter in an edge's pass mask. */
const BIT: Record<Filter["type"], number> = { kinds: 1, relations: 2, era: 4, undated: 8 };

/** For each 4-bit pass mask: how many leading steps (in `steps` order) an edge with it passes. */
function leadingPasses(steps: Filter[]): Uint8Array {
  const out = new Uint8Array(16);
  for (let bits = 0; bits < 16; bits++) {
    let j = 0;
    while (j < steps.length && bits & BIT[steps[j].type]) j++;
    out[bits] = j;
  }
  return out;
}

function excludedMask(full: FullGraph, state: FilterState, nodeShown: Uint8Array): Uint8Array {
  const x = full.excluded;
  const out = new Uint8Array(x.claims.length);
  if (!state.excluded) return out;
  const relOn = lookup(RELATIONS, state.relations);
  for (let i = 0; i < out.length; i++) {
    if (!(nodeShown[x.source[i]] & nodeShown[x.target[i]]) || !relOn[x.relation[i]]) continue;
    if (x.undated[i] && !state.undated) continue;
    if (inEra(state.era, x.start[i], x.end[i], x.undated[i])) out[i] = 1;
  }
  return out;
}

const TIES = new Set<number>(TIE_RELATIONS.map((r) => RELATIONS.indexOf(r)));

/** Shows the leaders and treaties tied to node `at` (a selected state) whatever the kind toggles say. */
function reveal(full: FullGraph, at: number, relOn: Uint8Array, nodeShown: Uint8Array): number {
  const { source, target, relation } = full.edges;
  let added = 0;
  for (let e = 0; e < source.length; e++) {
    if (!TIES.has(relation[e]) || !relOn[relation[e]]) continue;
    const other = source[e] === at ? target[e] : target[e] === at ? source[e] : -1;
    if (other < 0 || nodeShown[other]) continue;
    nodeShown[other] = 1;
    added++;
  }
  return added;
}

/**
 * Applies the filters of `filterSteps` and counts what remains after each step, in that order.
 * Live counts: each toggle ignores its own filter and honours the others. `opts.reveal` (a node
 * index, the selected state) brings that node's leaders and treaties in even when their kinds are off.
 */
export function applyFilters(full: FullGraph, state: FilterState, opts: { reveal?: number } = {}): VisibleGraph {
  const { nodes, edges } = full;
  const n = nodes.keys.length;
  const m = edges.keys.length;
  const kindOn = lookup(NODE_KINDS, state.kinds);
  const nodeShown = new Uint8Array(n);
  let shown = 0;
  for (let i = 0; i < n; i++) shown += nodeShown[i] = kindOn[nodes.kind[i]];
  const relOn = lookup(RELATIONS, state.relations);
  if (opts.reveal !== undefined && opts.reveal >= 0 && nodeShown[opts.reveal]) {
    shown += reveal(full, opts.reveal, relOn, nodeShown);
  }
  const from = state.era ? state.era.from : -Infinity;
  const toEx = state.era ? state.era.to + 1 : Infinity;
  const undatedOk = state.undated ? 1 : 0;
  const steps = filterSteps(state);
  const passes = leadingPasses(steps);
  // stopped[j]: edges that pass exactly the first j steps
  const stopped = new Uint32Array(steps.length + 1);
  const edgeVisible = new Uint8Array(m);
  const nodeActive = new Uint8Array(n);
  const activeAnyKind = new Uint8Array(n);
  const rel = new Uint32Array(RELATIONS.length);
  const { source, target, relation, undated } = edges;
  for (let e = 0; e < m; e++) {
    const s = source[e];
    const t = target[e];
    const r = relation[e];
    const kind = nodeShown[s] & nodeShown[t];
    const on = relOn[r];
    const u = undated[e];
    const time = u || inPeriods(edges, e, from, toEx) ? 1 : 0;
    const dated = u ? undatedOk : 1;
    stopped[passes[kind | (on << 1) | (time << 2) | (dated << 3)]]++;
    if (!(time & dated)) continue;
    rel[r] += kind;
    if (!on) continue;
    activeAnyKind[s] = activeAnyKind[t] = 1;
    if (kind) {
      edgeVisible[e] = 1;
      nodeActive[s] = nodeActive[t] = 1;
    }
  }
  const counts: StepCount[] = [];
  let left = m;
  let kindsApplied = false;
  steps.forEach((f, j) => {
    left -= stopped[j];
    kindsApplied ||= f.type === "kinds";
    counts.push({ type: f.type, nodes: kindsApplied ? shown : n, edges: left });
  });
  const excludedVisible = excludedMask(full, state, nodeShown);
  for (let i = 0; i < excludedVisible.length; i++) {
    if (excludedVisible[i]) nodeActive[full.excluded.source[i]] = nodeActive[full.excluded.target[i]] = 1;
  }
  const relationCounts = zeroRecord<Relation>(RELATIONS);
  RELATIONS.forEach((r, i) => (relationCounts[r] = rel[i]));
  const kindCounts = zeroRecord<NodeKind>(NODE_KINDS);
  for (let i = 0; i < n; i++) if (activeAnyKind[i]) kindCounts[NODE_KINDS[nodes.kind[i]]]++;
  const last = counts[counts.length - 1];
  return {
    nodeShown,
    nodeActive,
    edgeVisible,
    excludedVisible,
    steps: counts,
    relationCounts,
    kindCounts,
    totals: { nodes: last.nodes, activeNodes: count(nodeActive), edges: last.edges, excluded: count(excludedVisible) },
  };
}
