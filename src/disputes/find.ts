/**
 * Disputed relations: the same pair of states asserted in contradictory relations over overlapping
 * time (ally and non-aligned, ally and opposes, partner and opposes). Computed from the edges'
 * periods, so a claim an analyst rejects (which recomputes its edge) can settle a dispute. Undated
 * edges are never disputed: there is no time to overlap. One pass over the edges, then a few
 * comparisons per pair.
 *
 * @example
 * findDisputes(full).map((d) => d.relations) // [["ally", "opposes"]]
 */
import type { StateRelation } from "../../extract/schema/graph";
import type { FullGraph } from "../data/types";

export const CONFLICTS: readonly (readonly [StateRelation, StateRelation])[] = [
  ["ally", "non-aligned"],
  ["ally", "opposes"],
  ["partner", "opposes"],
];

export interface Dispute {
  /** `<key>|<key>`, the two node keys sorted. */
  pair: string;
  /** Node indices, in the order of `pair`. */
  nodes: [number, number];
  relations: readonly [StateRelation, StateRelation];
  /** Edge indices asserting each side. */
  edges: [number[], number[]];
  /** The overlapping time, [start, end) in fractional years (±Infinity when open). */
  overlap: [number, number];
}

/** The key of an unordered pair of nodes. */
export function pairKey(full: FullGraph, a: number, b: number): string {
  const [x, y] = [full.nodes.keys[a], full.nodes.keys[b]].sort();
  return `${x}|${y}`;
}

/** Overlap of two edges' periods: the hull of every intersecting pair of periods, or null. */
function periodOverlap(full: FullGraph, e: number, f: number): [number, number] | null {
  const { periodOffset: off, periodStart: ps, periodEnd: pe } = full.edges;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = off[e]; i < off[e + 1]; i++) {
    for (let j = off[f]; j < off[f + 1]; j++) {
      const s = Math.max(ps[i], ps[j]);
      const t = Math.min(pe[i], pe[j]);
      if (s < t) {
        lo = Math.min(lo, s);
        hi = Math.max(hi, t);
      }
    }
  }
  return lo < hi ? [lo, hi] : null;
}

export function findDisputes(full: FullGraph): Dispute[] {
  const { edges, nodes } = full;
  const byPair = new Map<string, number[]>();
  for (let e = 0; e < edges.keys.length; e++) {
    if (edges.undated[e] || !CONFLICTS.some((c) => c.includes(edges.attrs[e].relation as StateRelation))) continue;
    if (nodes.attrs[edges.source[e]].kind !== "country" || nodes.attrs[edges.target[e]].kind !== "country") continue;
    const key = pairKey(full, edges.source[e], edges.target[e]);
    const list = byPair.get(key);
    if (list) list.push(e);
    else byPair.set(key, [e]);
  }
  const out: Dispute[] = [];
  for (const [pair, list] of byPair) {
    if (list.length < 2) continue;
    for (const relations of CONFLICTS) {
      const sides: [number[], number[]] = [[], []];
      let lo = Infinity;
      let hi = -Infinity;
      for (const e of list) {
        if (edges.attrs[e].relation !== relations[0]) continue;
        for (const f of list) {
          if (edges.attrs[f].relation !== relations[1]) continue;
          const o = periodOverlap(full, e, f);
          if (!o) continue;
          if (!sides[0].includes(e)) sides[0].push(e);
          if (!sides[1].includes(f)) sides[1].push(f);
          lo = Math.min(lo, o[0]);
          hi = Math.max(hi, o[1]);
        }
      }
      if (sides[0].length === 0) continue;
      const [a, b] = pair.split("|").map((k) => nodes.index.get(k)!);
      out.push({ pair, nodes: [a, b], relations, edges: sides, overlap: [lo, hi] });
    }
  }
  return out.sort((x, y) => x.pair.localeCompare(y.pair));
}

export interface DisputeIndex {
  list: Dispute[];
  byPair: Map<string, Dispute[]>;
  /** Edge indices on either side of a dispute. */
  edges: Set<number>;
}

/** Disputes by pair key, and the set of disputed edge indices (for badges). */
export function indexDisputes(list: Dispute[]): DisputeIndex {
  const byPair = new Map<string, Dispute[]>();
  const edges = new Set<number>();
  for (const d of list) {
    byPair.set(d.pair, [...(byPair.get(d.pair) ?? []), d]);
    for (const side of d.edges) for (const e of side) edges.add(e);
  }
  return { list, byPair, edges };
}

/** A human span of an overlap: "2005", "2003 – 2010", "open – 1969". */
export function formatOverlap([s, e]: [number, number]): string {
  const a = Number.isFinite(s) ? String(Math.floor(s)) : "open";
  const b = Number.isFinite(e) ? String(Math.ceil(e) - 1) : "open";
  return a === b ? a : `${a} – ${b}`;
}
